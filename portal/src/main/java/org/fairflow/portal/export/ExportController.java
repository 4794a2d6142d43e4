package org.fairflow.portal.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriUtils;

/**
 * A background export's progress and its file. Only the requester's jobs exist here:
 * anyone else's id, like an unknown one, is not found.
 */
@Controller
@RequestMapping("/exports/{id}")
class ExportController {

	private final Exports exports;

	ExportController(Exports exports) {
		this.exports = exports;
	}

	@GetMapping
	String progress(@PathVariable String id, Model model) {
		model.addAttribute("job", this.exports.job(id).orElseThrow(ExportNotFoundException::new));
		return "export/progress";
	}

	@GetMapping("/status")
	@ResponseBody
	ResponseEntity<Map<String, Object>> status(@PathVariable String id) {
		ExportJob job = this.exports.job(id).orElseThrow(ExportNotFoundException::new);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(Map.of("state", job.state().name(), "written", job.written(), "total", job.total(), "percent",
					job.percent()));
	}

	@GetMapping("/file")
	ResponseEntity<Resource> file(@PathVariable String id) {
		ExportJob job = this.exports.job(id).orElseThrow(ExportNotFoundException::new);
		Path file = this.exports.file(id).orElseThrow(ExportNotFoundException::new);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(job.downloadName()))
			.cacheControl(CacheControl.noStore().cachePrivate())
			.contentType(MediaType.parseMediaType(job.format().contentType()))
			.body(new FileSystemResource(file));
	}

	/**
	 * {@code filename*} (RFC 5987) for browsers, a plain ASCII {@code filename} for the
	 * rest; Spring's own would write the fallback MIME-encoded, which browsers show as
	 * is.
	 */
	static String attachment(String name) {
		String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
				+ UriUtils.encode(name, StandardCharsets.UTF_8);
	}

}
