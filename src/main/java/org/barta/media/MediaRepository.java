package org.barta.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores and finds media files, and answers which content items use one. */
@ApplicationScoped
public class MediaRepository {

    @PersistenceContext(unitName = "barta")
    EntityManager em;

    public void add(MediaFile file) {
        em.persist(file);
        em.flush();
    }

    public void remove(MediaFile file) {
        em.remove(file);
        em.flush();
    }

    public Optional<MediaFile> find(long id) {
        return Optional.ofNullable(em.find(MediaFile.class, id));
    }

    public List<MediaFile> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from MediaFile m where m.id in :ids", MediaFile.class)
                .setParameter("ids", ids).getResultList();
    }

    public Optional<MediaFile> byKey(String key) {
        return em.createQuery("select m from MediaFile m where m.storageKey = :key", MediaFile.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    public List<MediaFile> browse(String text, boolean imagesOnly, int first, int max) {
        return query("select m from MediaFile m", MediaFile.class, text, imagesOnly, " order by m.uploadedAt desc, m.id desc")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(String text, boolean imagesOnly) {
        return query("select count(m) from MediaFile m", Long.class, text, imagesOnly, "").getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, Class<T> type, String text, boolean imagesOnly, String order) {
        boolean search = text != null && !text.isBlank();
        String where = " where 1 = 1" + (imagesOnly ? " and m.contentType like 'image/%'" : "")
                + (search ? " and (lower(m.originalName) like :text or lower(m.altEn) like :text or m.altBn like :text)"
                : "");
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (search) {
            query.setParameter("text", "%" + text.strip().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        return query;
    }

    /** Titles (English, else Bangla) of the items that show or attach this file, or link it in their text. */
    @SuppressWarnings("unchecked")
    public List<String> usedBy(MediaFile file) {
        return em.createNativeQuery("""
                        select coalesce(max(case when t.language = 'en' then t.title end), max(t.title), concat('#', i.id))
                        from content_item i left join content_translation t on t.item_id = i.id
                        where i.featured_image_id = ?1 or i.report_file_id = ?1
                           or exists (select 1 from content_attachment a where a.item_id = i.id and a.media_id = ?1)
                           or exists (select 1 from content_translation b where b.item_id = i.id and b.body like ?2)
                        group by i.id order by i.id""")
                .setParameter(1, file.getId())
                .setParameter(2, "%/media/" + file.getStorageKey() + "%")
                .getResultList();
    }
}
