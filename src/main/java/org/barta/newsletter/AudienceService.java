package org.barta.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.barta.accounts.Actor;
import org.barta.accounts.AuditLog;
import org.barta.platform.BusinessException;
import org.barta.publicweb.PublicPagesChanged;

/**
 * The audiences subscribers belong to. Anyone may see the public ones (the sign-up form lists them); only editors
 * see every audience with its member counts, and create new ones.
 */
@ApplicationScoped
public class AudienceService {

    static final int MAX_NAME = 100;

    /** An audience and how many members stand where in it. */
    public record Listed(Audience audience, long confirmed, long pending, long unsubscribed) {
    }

    @Inject
    AudienceRepository audiences;

    @Inject
    AuditLog audit;

    @Inject
    Event<PublicPagesChanged> publicPages;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Audience> publicAudiences() {
        return audiences.publicOnes();
    }

    /** Every audience, for staff choosing where a press release goes (callers check who may see the statement). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Audience> forChoosing() {
        return audiences.all();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Audience> all(Actor actor) {
        SubscriberAdminService.requireEditorial(actor);
        return audiences.all();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Listed> listed(Actor actor) {
        SubscriberAdminService.requireEditorial(actor);
        Map<Long, Map<MemberStatus, Long>> counts = audiences.memberCounts();
        return audiences.all().stream().map(a -> {
            Map<MemberStatus, Long> of = counts.getOrDefault(a.getId(), new EnumMap<>(MemberStatus.class));
            return new Listed(a, of.getOrDefault(MemberStatus.CONFIRMED, 0L), of.getOrDefault(MemberStatus.PENDING, 0L),
                    of.getOrDefault(MemberStatus.UNSUBSCRIBED, 0L));
        }).toList();
    }

    @Transactional
    public Audience create(String nameEn, String nameBn, AudienceVisibility visibility, Actor actor) {
        SubscriberAdminService.requireEditorial(actor);
        String english = required(nameEn, "audiences.nameEnRequired");
        String bangla = required(nameBn, "audiences.nameBnRequired");
        if (visibility == null) {
            throw new BusinessException("audiences.visibilityRequired");
        }
        String base = codeOf(english);
        String code = base;
        for (int n = 2; audiences.byCode(code).isPresent(); n++) {
            code = base + "-" + n;
        }
        Audience audience = new Audience(code, english, bangla, visibility, Instant.now());
        audiences.add(audience);
        audit.record(actor, "audience.create", "audience", audience.getId(), code + " " + visibility.name());
        if (audience.isPublic()) {
            // Every page's sign-up form offers the public lists.
            publicPages.fire(new PublicPagesChanged("audience " + code));
        }
        return audience;
    }

    /** An audience by id, whoever asks: what it is called and whether it is public is needed to send to it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Audience> find(long audienceId) {
        return audiences.find(audienceId);
    }

    /** How many a send to this audience would reach now: confirmed members whose address is confirmed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long reachable(long audienceId) {
        return audiences.reachable(List.of(audienceId));
    }

    /** How many different confirmed addresses a send to all these audiences reaches: one copy each. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long reachable(Collection<Long> audienceIds) {
        return audienceIds.isEmpty() ? 0 : audiences.reachable(audienceIds);
    }

    /** The audience a monthly edition and a sign-up without a choice go to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Audience newsletter() {
        return audiences.byCode(Audience.NEWSLETTER)
                .orElseThrow(() -> new IllegalStateException("The newsletter audience is missing (V80)"));
    }

    /** A short, stable name for addresses and headers (the List-Id): the English name in lower-case ASCII. */
    static String codeOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        ascii = ascii.length() > 30 ? ascii.substring(0, 30).replaceAll("-+$", "") : ascii;
        return ascii.isEmpty() ? "audience" : ascii;
    }

    private static String required(String value, String key) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new BusinessException(key);
        }
        if (clean.length() > MAX_NAME) {
            throw new BusinessException("audiences.nameTooLong", MAX_NAME);
        }
        return clean;
    }
}
