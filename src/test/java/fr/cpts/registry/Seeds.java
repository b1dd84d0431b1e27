package fr.cpts.registry;

/** Ids of the seed data (db/migration V4 to V6), for assertions on the facts it holds. */
public final class Seeds {

    public static final String HAUT_DOUBS = "cpts_brm8fw4n0fec";
    public static final String LOIRE_VAL = "cpts_av0jd5zza3ne";
    public static final String PAYS_HORLOGER = "cpts_sgbwxjkqfe68";
    public static final String CAPACITES = "cpts_18nn34zvb449";
    public static final String HERICOURT = "cpts_fqgmb7d998ve";
    public static final String AVENIR_SANTE = "cpts_m1j6r9kf168s";
    public static final String GRAND_MONTBELIARD = "cpts_1dhqgy4yehw5";
    public static final String BELFORTAINE = "cpts_4d41m2r98dbe";
    public static final String POURTOUR_BELFORTAIN = "cpts_aky8kcvgns24";
    public static final String LUXEUIL = "cpts_e38727cy4ywt";

    public static final int CPTS_COUNT = 19;

    public static final String SOURCE_HAUT_DOUBS = "src_qphdcr1meab3";
    public static final String SOURCE_PAYS_HORLOGER = "src_be4hxsqjwrg3";
    public static final String SOURCE_CAPACITES = "src_hw6w99sa42ds";
    public static final String SOURCE_HERICOURT = "src_bbdndrjz3kfz";
    public static final String SOURCE_NORD_FRANCHE_COMTE = "src_r03mhvvr65e4";

    private Seeds() {
    }
}
