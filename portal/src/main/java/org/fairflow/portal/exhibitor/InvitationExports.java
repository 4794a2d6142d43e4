package org.fairflow.portal.exhibitor;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.fairflow.portal.export.ExportTable;
import org.fairflow.portal.org.Organisation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The inviter's two lists as exports, with the page's filters and only the signed-in
 * organisation's rows, in the requester's language.
 */
@Component
class InvitationExports {

	private final InvitationCodes codes;

	private final Exhibitors exhibitors;

	private final MessageSource messages;

	InvitationExports(InvitationCodes codes, Exhibitors exhibitors, MessageSource messages) {
		this.codes = codes;
		this.exhibitors = exhibitors;
		this.messages = messages;
	}

	ExportTable codes(Organisation org, InvitationCodes.CodeFilter filter, Locale locale) {
		List<String> headers = texts(locale, "invitation.code", "invitation.state", "invitation.batch",
				"invitation.expiresAt", "invitation.createdAt", "invitation.usedBy", "invitation.usedAt",
				"invitation.revokedAt");
		return ExportTable.of("invitation-codes", text("invitation.title", locale) + " · " + org.name(locale), headers,
				() -> -1, (sink) -> this.codes.export(org.getId(), filter, (rows) -> rows.forEach((row) -> {
					InvitationCode c = row.code();
					sink.accept(Arrays.asList(c.display(), text("invitation.state." + row.state(), locale),
							row.batchLabel(), c.getExpiresAt(), c.getCreatedAt(),
							(row.usedBy() != null) ? row.usedBy().name(locale) : null, c.getUsedAt(),
							c.getRevokedAt()));
				})));
	}

	ExportTable exhibitors(Organisation org, String search, Locale locale) {
		List<String> headers = texts(locale, "exhibitor.unit", "exhibitor.creditCode", "exhibitor.participation",
				"exhibitor.contactName", "exhibitor.registeredAt");
		return ExportTable.of("exhibitors", text("invitation.exhibitors.title", locale) + " · " + org.name(locale),
				headers, () -> -1, (sink) -> this.exhibitors.export(org.getId(), search, (row) -> {
					Exhibitor e = row.exhibitor();
					sink.accept(Arrays.asList((row.unit() != null) ? row.unit().name(locale) : null,
							(row.unit() != null) ? row.unit().creditCode() : null,
							text("exhibitor.participation." + e.getParticipation(), locale), e.getContactName(),
							e.getRegisteredAt()));
				}));
	}

	private List<String> texts(Locale locale, String... keys) {
		return Stream.of(keys).map((key) -> text(key, locale)).toList();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
