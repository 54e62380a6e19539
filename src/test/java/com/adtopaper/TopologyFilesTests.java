package com.adtopaper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml (which Docker runs only where there is Docker, not in this build)
 * against what the build does exercise: deploy/topology's ports, haproxy.cfg's and
 * nginx.conf's variables, the production profile's environment variables, the upload
 * limit, S3Mock's version in the POM.
 */
class TopologyFilesTests {

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{(ADTOPAPER_[A-Z0-9_]+)(:?-?)");

	private final Map<String, Object> compose = yaml(read("docker-compose.yml"));

	@Test
	void everyNodeHasEveryEnvironmentVariableTheProductionProfileRequires() {
		// the variables the production profile refuses to start without
		Set<String> required = new TreeSet<>();
		Matcher matcher = Pattern.compile("required.put\\(\"[^\"]+\", \"(ADTOPAPER_[A-Z0-9_]+)\"\\)")
			.matcher(read("src/main/java/com/adtopaper/platform/config/ProductionSettingsCheck.java"));
		while (matcher.find()) {
			required.add(matcher.group(1));
		}
		String profile = read("src/main/resources/application-production.yml");
		required.forEach((variable) -> assertThat(profile).contains("${" + variable + ":"));
		assertThat(required).contains("ADTOPAPER_DB_URL", "ADTOPAPER_TOKEN_SECRET", "ADTOPAPER_SMTP_HOST");
		for (String node : List.of("web1", "web2", "worker", "migrate")) {
			assertThat(environment(node).keySet()).as(node).containsAll(required);
		}
	}

	@Test
	void haproxyGetsEveryVariableItHasNoDefaultForAndTargetsTheNodesNginxPorts() {
		Map<String, Object> haproxy = service("haproxy");
		assertThat(strings(haproxy.get("volumes")))
			.contains("./haproxy/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro");
		Set<String> withoutDefault = new TreeSet<>();
		Matcher matcher = VARIABLE.matcher(read("haproxy/haproxy.cfg"));
		while (matcher.find()) {
			if (matcher.group(2).isEmpty()) {
				withoutDefault.add(matcher.group(1));
			}
		}
		assertThat(withoutDefault).containsExactly("ADTOPAPER_EDGE_NODE1", "ADTOPAPER_EDGE_NODE2");
		Map<String, Object> environment = environment("haproxy");
		assertThat(environment).containsEntry("ADTOPAPER_EDGE_NODE1", "web1:" + topologyPort("NODE1_NGINX_PORT"))
			.containsEntry("ADTOPAPER_EDGE_NODE2", "web2:" + topologyPort("NODE2_NGINX_PORT"))
			.containsEntry("ADTOPAPER_EDGE_HTTPS_BIND", ":" + topologyPort("HTTPS_PORT"))
			.containsEntry("ADTOPAPER_EDGE_HTTP_BIND", ":" + topologyPort("HTTP_PORT"));
		assertThat(strings(haproxy.get("ports"))).contains(
				topologyPort("HTTPS_PORT") + ":" + topologyPort("HTTPS_PORT"),
				topologyPort("HTTP_PORT") + ":" + topologyPort("HTTP_PORT"));
	}

	@Test
	void eachNginxRendersTheTemplateAndProxiesToItsOwnJvm() {
		String template = read("nginx/nginx.conf");
		Set<String> variables = new TreeSet<>();
		Matcher matcher = VARIABLE.matcher(template);
		while (matcher.find()) {
			variables.add(matcher.group(1));
		}
		for (int node = 1; node <= 2; node++) {
			Map<String, Object> nginx = service("nginx" + node);
			assertThat(nginx).containsEntry("network_mode", "service:web" + node);
			assertThat(strings(nginx.get("volumes")))
				.contains("./nginx/nginx.conf:/etc/adtopaper/nginx.conf.template:ro");
			assertThat(environment("nginx" + node).keySet()).containsExactlyInAnyOrderElementsOf(variables);
			String command = String.join(" ", strings(nginx.get("command")));
			variables.forEach((variable) -> assertThat(command).contains("$${" + variable + "}"));
			assertThat(environment("nginx" + node))
				.containsEntry("ADTOPAPER_NGINX_LISTEN", "0.0.0.0:" + topologyPort("NODE" + node + "_NGINX_PORT"))
				.containsEntry("ADTOPAPER_NGINX_UPSTREAM", "127.0.0.1:" + topologyPort("NODE" + node + "_JVM_PORT"));
			assertThat(strings(service("web" + node).get("command"))).contains(
					"--server.port=" + topologyPort("NODE" + node + "_JVM_PORT"), "--adtopaper.roles=web",
					"--spring.profiles.active=production");
		}
		assertThat(strings(service("worker").get("command"))).contains("--adtopaper.roles=worker");
	}

	@Test
	void nginxTakesTheUploadsTheApplicationTakes() {
		Map<String, Object> application = yaml(read("src/main/resources/application.yml"));
		String limit = String.valueOf(path(application, "spring", "servlet", "multipart", "max-request-size"));
		assertThat(limit).matches("[0-9]+MB");
		assertThat(read("nginx/nginx.conf"))
			.contains("client_max_body_size " + limit.replace("MB", "m").toLowerCase() + ";");
	}

	@Test
	void theServersAreTheOnesTheTestsAndScriptsUse() {
		Matcher s3mock = Pattern.compile("<s3mock.version>([^<]+)</s3mock.version>").matcher(read("pom.xml"));
		assertThat(s3mock.find()).isTrue();
		assertThat(service("s3")).containsEntry("image", "adobe/s3mock:" + s3mock.group(1));
		assertThat(service("mariadb")).containsEntry("image", "mariadb:10.11");
		assertThat(service("mariadb-replica")).containsEntry("image", "mariadb:10.11");
		assertThat(environment("mariadb-replica")).containsEntry("MARIADB_MASTER_HOST", "mariadb");
		// Redis persists as README and deploy/topology run it: append-only
		assertThat(String.join(" ", strings(service("redis").get("command")))).contains("--appendonly yes");
		assertThat(read("deploy/topology")).contains("--appendonly yes");
		assertThat(strings(service("migrate").get("command")))
			.contains("-Dloader.main=com.adtopaper.platform.config.MigrateOnly");
		assertThat(read("deploy/topology")).contains("-Dloader.main=com.adtopaper.platform.config.MigrateOnly");
		for (String node : List.of("web1", "web2", "worker", "migrate")) {
			assertThat(strings(service(node).get("volumes")))
				.contains("./target/adtopaper-0.1.0-SNAPSHOT.jar:/app/adtopaper.jar:ro");
		}
	}

	/**
	 * A port's default in deploy/topology ({@code ADTOPAPER_TOPOLOGY_<name>:-<port>}).
	 */
	private static String topologyPort(String name) {
		Matcher matcher = Pattern.compile("ADTOPAPER_TOPOLOGY_" + name + ":-([0-9]+)").matcher(read("deploy/topology"));
		assertThat(matcher.find()).as(name + " in deploy/topology").isTrue();
		return matcher.group(1);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> service(String name) {
		Map<String, Object> service = (Map<String, Object>) path(this.compose, "services", name);
		assertThat(service).as("service " + name).isNotNull();
		return service;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> environment(String name) {
		return (Map<String, Object>) service(name).get("environment");
	}

	@SuppressWarnings("unchecked")
	private static Object path(Map<String, Object> map, String... keys) {
		Object value = map;
		for (String key : keys) {
			value = (value instanceof Map<?, ?> m) ? ((Map<String, Object>) m).get(key) : null;
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object list) {
		return ((List<Object>) list).stream().map(String::valueOf).toList();
	}

	private static Map<String, Object> yaml(String text) {
		return new Yaml().load(text);
	}

	private static String read(String file) {
		try {
			return Files.readString(Path.of(file));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
