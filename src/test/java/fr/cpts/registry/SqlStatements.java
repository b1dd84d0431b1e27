package fr.cpts.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.SessionFactory;

import fr.cpts.registry.persistence.DirectReads;

/**
 * The SQL statements the application prepared so far, through Hibernate and outside it ({@link DirectReads}). The
 * counts are global: tests that compare them turn the scheduled jobs off.
 */
@ApplicationScoped
public class SqlStatements {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    DirectReads direct;

    /** Statements so far; Hibernate's statistics are enabled on the first call. */
    public long count() {
        sessionFactory.getStatistics().setStatisticsEnabled(true);
        return sessionFactory.getStatistics().getPrepareStatementCount() + direct.statements();
    }
}
