package org.iprhotline.hotline.twilio;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Numbers that replied STOP (Twilio stops our messages to them itself; we also stop asking it to send). */
@ApplicationScoped
public class SmsOptOuts {

    private final EntityManager entityManager;

    SmsOptOuts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public void optOut(String phone) {
        entityManager.createNativeQuery("""
                insert into sms_opt_out (phone, opted_out_at) values (?1, ?2) on conflict (phone) do nothing""")
                .setParameter(1, phone).setParameter(2, Instant.now()).executeUpdate();
    }

    @Transactional
    public void optIn(String phone) {
        entityManager.createNativeQuery("delete from sms_opt_out where phone = ?1").setParameter(1, phone)
                .executeUpdate();
    }

    @Transactional
    public boolean hasOptedOut(String phone) {
        return !entityManager.createNativeQuery("select 1 from sms_opt_out where phone = ?1")
                .setParameter(1, phone).getResultList().isEmpty();
    }
}
