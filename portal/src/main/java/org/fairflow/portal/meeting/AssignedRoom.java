package org.fairflow.portal.meeting;

/**
 * The physical room the room plan gave an offline meeting (module {@code room}).
 *
 * @param roomId the room's id in the room plan
 * @param name the room's Chinese name
 * @param nameEn its English name
 * @param venue where it is (building, hall, floor), Chinese
 * @param venueEn where it is, English
 */
public record AssignedRoom(Long roomId, String name, String nameEn, String venue, String venueEn) {

}
