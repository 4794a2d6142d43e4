package org.fairflow.portal.engine;

import java.nio.file.Path;
import java.util.Arrays;

import io.camunda.zeebe.process.test.engine.PortalEngineFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-install default: the zeebe-process-test engine with its gRPC gateway, started
 * before the Camunda client. It keeps nothing across restarts; the portal's database is
 * the source of truth and {@code CaseResumer} puts open cases back. It keeps every record
 * in memory, so {@link EngineRecycler} replaces it when its log passes a bound.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "fairflow.engine.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedEngineConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedEngineConfiguration.class);

	static final String ENGINE_BEAN = "embeddedZeebeEngine";

	@Bean(name = ENGINE_BEAN, destroyMethod = "stop")
	RecyclableEngine embeddedZeebeEngine(EngineProperties properties, @Value("${fairflow.data-dir}") Path dataDir) {
		boolean rocksDb = properties.state() == EngineProperties.StateStore.ROCKSDB;
		EngineSource source = rocksDb ? new RocksDbEngines(dataDir) : PortalEngineFactory::inMemory;
		RecyclableEngine engine = new RecyclableEngine(properties.embeddedPort(), source);
		engine.start();
		log.info("Embedded Zeebe engine listening on {}, its state {} (rebuilt at every start)",
				engine.getGatewayAddress(),
				rocksDb ? "in RocksDB under " + dataDir.resolve(RocksDbEngines.FOLDER) : "in memory");
		return engine;
	}

	/** The client beans must not exist before the engine listens. */
	@Bean
	static BeanFactoryPostProcessor clientsDependOnEmbeddedEngine() {
		return (beanFactory) -> {
			for (String name : new String[] { "camundaClient", "zeebeClient" }) {
				if (beanFactory.containsBeanDefinition(name)) {
					var definition = beanFactory.getBeanDefinition(name);
					String[] current = definition.getDependsOn();
					String[] dependsOn = (current == null) ? new String[] { ENGINE_BEAN }
							: append(current, ENGINE_BEAN);
					definition.setDependsOn(dependsOn);
				}
			}
		};
	}

	private static String[] append(String[] values, String value) {
		String[] result = Arrays.copyOf(values, values.length + 1);
		result[values.length] = value;
		return result;
	}

}
