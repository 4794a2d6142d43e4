package org.fairflow.portal.demo;

import java.time.LocalDate;
import java.util.List;

import org.fairflow.portal.badge.DocumentType;
import org.fairflow.portal.badge.PersonPhoto;
import org.fairflow.portal.badge.PreviousHolderArchive;
import org.fairflow.portal.badge.ResidentId;
import org.fairflow.portal.fair.FairEdition;
import org.fairflow.portal.fair.FairSettings;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class DemoPreviousHoldersTest {

	@Test
	void theDemoEnterpriseGetsOneReusableOneUnreviewedAndOneMovedHolderWithValidPhotos() {
		PreviousHolderArchive archive = mock(PreviousHolderArchive.class);
		new DemoPreviousHolders(archive, edition(8)).load();

		ArgumentCaptor<PreviousHolderArchive.Entry> entries = ArgumentCaptor
			.forClass(PreviousHolderArchive.Entry.class);
		ArgumentCaptor<byte[]> photos = ArgumentCaptor.forClass(byte[].class);
		verify(archive, times(3)).record(entries.capture(), photos.capture());
		List<PreviousHolderArchive.Entry> all = entries.getAllValues();
		assertThat(all).allSatisfy((e) -> assertThat(e.creditCode()).isEqualTo("91310115MA1K4ABCDD"));
		assertThat(all).allSatisfy((e) -> assertThat(e.edition()).isLessThan(8).isGreaterThanOrEqualTo(6));
		assertThat(all).filteredOn((e) -> e.reviewPassed() && e.organisationCode().equals("SH-PD")).hasSize(1);
		assertThat(all).filteredOn((e) -> !e.reviewPassed()).hasSize(1);
		assertThat(all).filteredOn((e) -> !e.organisationCode().equals("SH-PD")).hasSize(1);
		assertThat(all).filteredOn((e) -> e.documentType() == DocumentType.RESIDENT_ID)
			.allSatisfy((e) -> assertThat(ResidentId.problem(e.documentNumber())).isEmpty());
		assertThat(photos.getAllValues()).allSatisfy((p) -> assertThat(PersonPhoto.of(p).content()).isNotEmpty());
	}

	private static FairSettings edition(int edition) {
		FairSettings fair = mock(FairSettings.class);
		when(fair.current())
			.thenReturn(new FairEdition(edition, LocalDate.of(2027, 11, 5), LocalDate.of(2027, 11, 10), null, "test"));
		return fair;
	}

	@Test
	void nothingIsRecordedTwice() {
		PreviousHolderArchive archive = mock(PreviousHolderArchive.class);
		when(archive.hasHolders("91310115MA1K4ABCDD")).thenReturn(true);

		new DemoPreviousHolders(archive, edition(8)).load();

		verify(archive, times(0)).record(any(), any());
	}

}
