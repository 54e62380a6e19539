package com.adtopaper.querycache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The keys of the store, for {@link QueryCache}: the generation key of each table and the
 * key of a read's result, in the current key layout.
 */
final class CacheKeys {

	/** The version of the key layout: a new one never reads values of an older one. */
	private static final String LAYOUT = "2";

	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	});

	private static final Pattern SIMPLE_NAME = Pattern.compile("[a-z0-9_$*]{1,64}");

	private final Map<String, String> generationKeys = new ConcurrentHashMap<>();

	private final String namespace;

	CacheKeys(String namespace) {
		this.namespace = namespace;
	}

	/** The generation keys a read of these tables depends on, everything's first. */
	List<String> generationKeys(SchemaMetadata.Snapshot snapshot, Set<String> tables) {
		List<String> keys = new ArrayList<>(tables.size() + 1);
		keys.add(generationKey(snapshot, QueryCache.ALL_TABLES));
		for (String table : tables) {
			keys.add(generationKey(snapshot, table));
		}
		return keys;
	}

	String generationKey(SchemaMetadata.Snapshot snapshot, String table) {
		// every read builds these: kept, as the tables and databases are few
		return this.generationKeys.computeIfAbsent(snapshot.databaseId() + "\0" + table, (unused) -> {
			String name = SIMPLE_NAME.matcher(table).matches() ? table : SchemaMetadata.hash(table).substring(0, 16);
			return this.namespace + ":g" + LAYOUT + ":" + snapshot.databaseId() + ":" + name;
		});
	}

	String resultKey(SchemaMetadata.Snapshot snapshot, String sql, Parameters parameters, long maxRows) {
		MessageDigest digest = SHA256.get();
		digest.reset();
		digest.update((snapshot.databaseId() + "\0" + snapshot.fingerprint() + "\0" + maxRows + "\0")
			.getBytes(StandardCharsets.UTF_8));
		digest.update(sql.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
		digest.update(parameters.encoded().getBytes(StandardCharsets.UTF_8));
		return this.namespace + ":r" + LAYOUT + ":"
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest());
	}

}
