package fr.cpts.registry.persistence;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.hibernate.FlushMode;
import org.hibernate.Session;

import io.quarkus.narayana.jta.QuarkusTransaction;

@ReadOnlyTransaction
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class ReadOnlyTransactionInterceptor {

    @Inject
    Session session;

    @AroundInvoke
    Object readOnly(InvocationContext context) throws Exception {
        // Inside a write, reads load writable entities: the write may go on to change them.
        if (QuarkusTransaction.isActive()) {
            return context.proceed();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            session.setDefaultReadOnly(true);
            // A read has nothing to flush: no flush before its queries nor at its commit, which would still visit
            // every entity it loaded.
            session.setHibernateFlushMode(FlushMode.MANUAL);
            return context.proceed();
        });
    }
}
