package org.fairflow.portal.payment;

import org.fairflow.portal.engine.EngineException;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.workers.payment.PaymentSession;
import org.fairflow.workers.payment.SimulatedPaymentGateway;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SIMULATED gateway's page, standing in for a provider's checkout: it says it is a
 * simulation, shows the amount and lets the payer pay or fail. Only with the simulation
 * configured, and only for the unit whose order the session pays.
 */
@Controller
@RequestMapping("/payment/simulated/{sessionId}")
class SimulatedPaymentController {

	private final ObjectProvider<SimulatedPaymentGateway> simulation;

	private final PayingUnits payers;

	private final Orders orders;

	SimulatedPaymentController(ObjectProvider<SimulatedPaymentGateway> simulation, PayingUnits payers, Orders orders) {
		this.simulation = simulation;
		this.payers = payers;
		this.orders = orders;
	}

	@GetMapping
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable String sessionId, Model model) {
		PaymentSession session = session(user, sessionId);
		model.addAttribute("paymentSession", session);
		model.addAttribute("orderId", OnlinePayments.orderId(session.reference()).orElseThrow());
		return "payment/simulated";
	}

	@PostMapping("/pay")
	String pay(@AuthenticationPrincipal PortalUser user, @PathVariable String sessionId, RedirectAttributes redirect) {
		return finish(user, sessionId, true, redirect);
	}

	@PostMapping("/fail")
	String fail(@AuthenticationPrincipal PortalUser user, @PathVariable String sessionId, RedirectAttributes redirect) {
		return finish(user, sessionId, false, redirect);
	}

	private String finish(PortalUser user, String sessionId, boolean pay, RedirectAttributes redirect) {
		PaymentSession session = session(user, sessionId);
		SimulatedPaymentGateway gateway = this.simulation.getObject();
		try {
			boolean changed = pay ? gateway.complete(sessionId) : gateway.fail(sessionId);
			redirect.addFlashAttribute(changed ? "successKey" : "errorKey",
					changed ? (pay ? "payment.online.paid" : "payment.online.failed") : "payment.online.finished");
		}
		catch (PaymentException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		catch (EngineException ex) {
			redirect.addFlashAttribute("errorKey", "engine.unavailable");
		}
		return "redirect:" + session.returnUrl();
	}

	/** The session of one of the caller's own orders; anything else is not found. */
	private PaymentSession session(PortalUser user, String sessionId) {
		Long unitId = this.payers.approvedUnitOf(user);
		SimulatedPaymentGateway gateway = this.simulation.getIfAvailable();
		if (gateway == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		PaymentSession session = gateway.find(sessionId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Long orderId = OnlinePayments.orderId(session.reference())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.orders.order(unitId, orderId);
		return session;
	}

}
