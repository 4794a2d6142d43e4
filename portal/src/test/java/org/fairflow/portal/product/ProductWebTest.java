package org.fairflow.portal.product;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.fairflow.portal.exhibit.ExhibitTestData;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The product pages over HTTP: each bad input is told next to its field and stores
 * nothing (no product, no revision, no medium); an exhibitor sees only its own products
 * (another's is 404); the list, the form, the product's page and the audit task render;
 * only the organiser opens the listed page and forces a product off, with a required
 * reason.
 */
@PortalTest
@AutoConfigureMockMvc
class ProductWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProductRepository products;

	@Autowired
	ProductEditing editing;

	@Autowired
	HumanTasks tasks;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	ExhibitTestData.ExhibitorUnit ex;

	@BeforeEach
	void exhibitor() {
		this.ex = ExhibitTestData.exhibitor(this.context);
	}

	@Test
	void eachBadInputIsToldNextToItsFieldAndNothingIsStored() throws Exception {
		Map<String, Consumer<MockMultipartHttpServletRequestBuilder>> cases = new LinkedHashMap<>();
		cases.put("images-error:展品图片最多 5 张", (r) -> {
			for (int i = 0; i < 5; i++) {
				r.file(new MockMultipartFile("images", "i" + i + ".png", "image/png", Fixtures.image("png", 20, 20)));
			}
		});
		cases.put("images-error:按文件内容判断", (r) -> r.file(new MockMultipartFile("images", "photo.png", "image/png",
				"not an image at all, just text".getBytes(StandardCharsets.UTF_8))));
		cases.put("images-error:图片不能超过 2 MB", (r) -> {
			byte[] big = new byte[2 * 1024 * 1024 + 10];
			byte[] png = Fixtures.image("png", 20, 20);
			System.arraycopy(png, 0, big, 0, 20);
			r.file(new MockMultipartFile("images", "big.png", "image/png", big));
		});
		cases.put("marketPrice-error:不小于 0 的数字", (r) -> r.param("marketPrice", "abc"));
		cases.put("wholesalePrice-error:不小于 0 的数字", (r) -> r.param("wholesalePrice", "-5"));
		cases.put("marketPrice-error:价格不能超过 11 位", (r) -> r.param("marketPrice", "123456789012"));
		cases.put("name-error:请填写展品名称", (r) -> r.param("name", " "));
		cases.put("category-error:请选择展品类别", (r) -> r.param("category", "NOT_A_CATEGORY"));
		cases.put("origin-error:请填写产地", (r) -> r.param("origin", ""));
		cases.put("introduction-error:不能超过 500 个字", (r) -> r.param("introduction", "介".repeat(501)));
		cases.put("brand-error:不能超过 50 个字", (r) -> r.param("brand", "b".repeat(51)));

		for (var entry : cases.entrySet()) {
			String[] expected = entry.getKey().split(":", 2);
			MvcResult result = this.mvc.perform(form(entry.getValue()).with(user(this.ex.liaison())).with(csrf()))
				.andReturn();
			assertThat(result.getResponse().getStatus()).as(entry.getKey()).isEqualTo(200);
			assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(entry.getKey())
				.contains("id=\"" + expected[0] + "\"")
				.contains(expected[1]);
		}
		assertThat(count("select count(*) from product where exhibitor_id = ?")).isZero();
		assertThat(count("select count(*) from exhibit_media where exhibitor_id = ?")).isZero();
	}

	@Test
	void aValidFormIsSubmittedAndTheListTheProductPageAndTheAuditTaskRender() throws Exception {
		String empty = page(get("/exhibitor/products"), this.ex.liaison());
		assertThat(empty).contains("id=\"product-empty\"");
		assertThat(page(get("/exhibitor/products/new"), this.ex.liaison())).contains("id=\"product-form\"")
			.contains("id=\"product-save-draft\"");

		MvcResult saved = this.mvc
			.perform(form((r) -> r.param("name", "网页展品").param("wholesalePrice", "")).with(user(this.ex.liaison()))
				.with(csrf()))
			.andReturn();
		Product product = this.products.findAll()
			.stream()
			.filter((p) -> p.getExhibitorId().equals(this.ex.exhibitor().getId()))
			.findFirst()
			.orElseThrow();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/exhibitor/products/" + product.getId());
		assertThat(page(get("/exhibitor/products"), this.ex.liaison())).contains("网页展品")
			.contains(product.getNumber())
			.contains("data-status=\"AWAITING_AUDIT\"");
		assertThat(page(get("/exhibitor/products?status=APPROVED"), this.ex.liaison()))
			.contains("id=\"product-empty\"");
		assertThat(page(get("/exhibitor/products/" + product.getId()), this.ex.liaison()))
			.contains("id=\"product-withdraw-form\"")
			.contains("暂无报价");

		HumanTask task = this.fixtures.awaitOpenTask(product.getCaseId(), "Task_Audit");
		assertThat(page(get("/tasks/" + task.getId()), this.ex.reviewer())).contains("网页展品")
			.contains("name=\"revisionId\"")
			.contains(product.getNumber());
		this.tasks.decide(task.getId(), this.ex.reviewer(), "reject", "图片不清晰",
				Map.of("revisionId", String.valueOf(product.getPendingRevisionId())));
		this.fixtures.awaitStatus(product.getCaseId(), "REJECTED");
		assertThat(page(get("/exhibitor/products/" + product.getId()), this.ex.liaison()))
			.contains("id=\"product-opinion\"")
			.contains("图片不清晰");
	}

	@Test
	void anExhibitorSeesOnlyItsOwnProducts() throws Exception {
		Product product = this.editing.save(this.ex.exhibitor(), null, ProductTestData.form(),
				ProductTestData.images(1), false, "liaison");
		ExhibitTestData.ExhibitorUnit other = ExhibitTestData.exhibitor(this.context);

		assertThat(status(get("/exhibitor/products/" + product.getId()), other.liaison())).isEqualTo(404);
		assertThat(status(get("/exhibitor/products/" + product.getId() + "/edit"), other.liaison())).isEqualTo(404);
		assertThat(status(post("/exhibitor/products/" + product.getId() + "/copy").with(csrf()), other.liaison()))
			.isEqualTo(404);
		assertThat(page(get("/exhibitor/products"), other.liaison())).contains("id=\"product-empty\"")
			.doesNotContain(product.getNumber());
	}

	@Test
	void onlyTheOrganiserForcesAProductOffAndAReasonIsRequired() throws Exception {
		Product product = this.editing.save(this.ex.exhibitor(), null, ProductTestData.form(),
				ProductTestData.images(1), true, "liaison");
		HumanTask task = this.fixtures.awaitOpenTask(product.getCaseId(), "Task_Audit");
		this.tasks.decide(task.getId(), this.ex.reviewer(), "approve", null,
				Map.of("revisionId", String.valueOf(product.getPendingRevisionId())));
		this.fixtures.awaitStatus(product.getCaseId(), "APPROVED");
		this.mvc.perform(
				post("/exhibitor/products/" + product.getId() + "/list").with(user(this.ex.liaison())).with(csrf()));
		assertThat(this.products.findById(product.getId()).orElseThrow().isListed()).isTrue();
		PortalUser organiser = this.fixtures.organiserReviewer(this.ex.tree());
		String unlist = "/exhibits/listed/products/" + product.getId() + "/unlist";

		assertThat(status(get("/exhibits/listed"), this.ex.reviewer())).isEqualTo(403);
		assertThat(status(post(unlist).param("reason", "违规").with(csrf()), this.ex.reviewer())).isEqualTo(403);
		assertThat(status(post(unlist).param("reason", "违规").with(csrf()), this.ex.liaison())).isEqualTo(403);
		assertThat(page(get("/exhibits/listed?q=" + product.getNumber()), organiser)).contains(product.getNumber());

		MvcResult noReason = this.mvc.perform(post(unlist).param("reason", " ").with(user(organiser)).with(csrf()))
			.andReturn();
		assertThat(noReason.getFlashMap().get("unlistErrorKey")).isEqualTo("exhibit.unlist.reasonRequired");
		assertThat(this.products.findById(product.getId()).orElseThrow().isListed()).isTrue();

		this.mvc.perform(post(unlist).param("reason", "展品信息不实").with(user(organiser)).with(csrf()));
		Product forced = this.products.findById(product.getId()).orElseThrow();
		assertThat(forced.isListed()).isFalse();
		assertThat(forced.getForcedReason()).isEqualTo("展品信息不实");
		assertThat(page(get("/exhibitor/products/" + product.getId()), this.ex.liaison()))
			.contains("id=\"product-forced\"")
			.contains("展品信息不实")
			.doesNotContain("id=\"product-list\"");
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class, this.ex.exhibitor().getId());
	}

	private String page(MockHttpServletRequestBuilder request, PortalUser who) throws Exception {
		MvcResult result = this.mvc.perform(request.with(user(who))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private int status(MockHttpServletRequestBuilder request, PortalUser who) throws Exception {
		return this.mvc.perform(request.with(user(who))).andReturn().getResponse().getStatus();
	}

	/**
	 * The valid form with one image, changed by {@code change} (a changed field replaces
	 * the valid one).
	 */
	private MockMultipartHttpServletRequestBuilder form(Consumer<MockMultipartHttpServletRequestBuilder> change) {
		ProductForm valid = ProductTestData.form();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", valid.getName());
		fields.put("category", valid.getCategory());
		fields.put("ownCode", valid.getOwnCode());
		fields.put("origin", valid.getOrigin());
		fields.put("brand", valid.getBrand());
		fields.put("marketPrice", valid.getMarketPrice());
		fields.put("wholesalePrice", valid.getWholesalePrice());
		fields.put("introduction", valid.getIntroduction());
		MockMultipartHttpServletRequestBuilder probe = multipart("/");
		change.accept(probe);
		List<String> overridden = probe.buildRequest(new org.springframework.mock.web.MockServletContext())
			.getParameterMap()
			.keySet()
			.stream()
			.toList();
		MockMultipartHttpServletRequestBuilder request = multipart("/exhibitor/products/new");
		request.param("action", "submit");
		fields.forEach((name, value) -> {
			if (!overridden.contains(name)) {
				request.param(name, value);
			}
		});
		request.file(new MockMultipartFile("images", "product.png", "image/png", Fixtures.image("png", 30, 30)));
		change.accept(request);
		return request;
	}

}
