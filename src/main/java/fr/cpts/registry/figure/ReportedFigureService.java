package fr.cpts.registry.figure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import fr.cpts.registry.http.Cursor;
import fr.cpts.registry.http.Page;
import fr.cpts.registry.http.PageRequest;
import fr.cpts.registry.persistence.Ids;
import fr.cpts.registry.persistence.ReadOnlyTransaction;
import fr.cpts.registry.persistence.Refusal;

@ApplicationScoped
public class ReportedFigureService {

    /** Figures are listed by date, then id. */
    public static final String SORT = "asOf";

    @ReadOnlyTransaction
    public Page<ReportedFigure> list(String region, String department, FigureMetric metric, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (region != null) {
            where.append(" and region.code = :region");
            params.put("region", region);
        }
        if (department != null) {
            where.append(" and department.code = :department");
            params.put("department", department);
        }
        if (metric != null) {
            where.append(" and metric = :metric");
            params.put("metric", metric);
        }
        Cursor after = page.after();
        if (after != null) {
            where.append(" and (asOf > :afterKey or (asOf = :afterKey and id > :afterId))");
            params.put("afterKey", after.dateKey());
            params.put("afterId", after.id());
        }
        List<ReportedFigureEntity> rows = ReportedFigureEntity.<ReportedFigureEntity>find(
                where + " order by asOf, id", params).page(0, page.fetchSize()).list();
        return page.page(rows, ReportedFigure::of, f -> new Cursor(SORT, f.asOf.toString(), f.id));
    }

    @ReadOnlyTransaction
    public ReportedFigure get(String id) {
        ReportedFigureEntity figure = Ids.plausible(id) ? ReportedFigureEntity.findById(id) : null;
        if (figure == null) {
            throw Refusal.notFound("reported figure", id);
        }
        return ReportedFigure.of(figure);
    }
}
