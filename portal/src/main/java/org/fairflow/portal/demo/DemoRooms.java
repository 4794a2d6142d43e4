package org.fairflow.portal.demo;

import org.fairflow.portal.room.RoomPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo rooms for the default profile only: four rooms of one hall, of different sizes,
 * for offline meetings. Only into an empty room plan, so the organiser's own changes
 * stay.
 */
@Component
@Profile("default")
class DemoRooms {

	private static final Logger log = LoggerFactory.getLogger(DemoRooms.class);

	private final RoomPlan plan;

	DemoRooms(RoomPlan plan) {
		this.plan = plan;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		if (!this.plan.isEmpty()) {
			return;
		}
		int[] capacities = { 50, 120, 200, 300 };
		for (int i = 0; i < capacities.length; i++) {
			this.plan.add("国家会议中心 E2 会议室 " + (i + 1), "CNCC Hall E2 Room " + (i + 1), "国家会议中心 E2 馆二层",
					"China National Convention Center, Hall E2, 2nd floor", capacities[i]);
		}
		log.info("Demo data: {} meeting rooms in the room plan", capacities.length);
	}

}
