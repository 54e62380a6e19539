package com.adtopaper.agent;

import java.lang.reflect.InvocationTargetException;

import org.jspecify.annotations.Nullable;

/**
 * The agent JAR's entry point. It is compiled for Java 8, the rest of the agent for
 * {@value #REQUIRED}, so that a shop PC with an older Java is told so in words rather
 * than with an {@code UnsupportedClassVersionError}.
 */
public final class AgentLauncher {

	/** The Java the agent's classes are compiled for. */
	static final int REQUIRED = 17;

	private AgentLauncher() {
	}

	public static void main(String[] args) throws Throwable {
		String problem = tooOld(System.getProperty("java.specification.version"));
		if (problem != null) {
			System.err.println(problem);
			System.exit(1);
			return;
		}
		try {
			// by name: this class must load on a Java that cannot load PrinterAgent
			Class.forName("com.adtopaper.agent.PrinterAgent")
				.getMethod("main", String[].class)
				.invoke(null, (Object) args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	/**
	 * What to say when the running Java ({@code java.specification.version}: "1.8", "11",
	 * "21"...) is older than the agent's; {@code null} when it is not.
	 */
	static @Nullable String tooOld(String specification) {
		String number = specification.startsWith("1.") ? specification.substring(2) : specification;
		int end = 0;
		while (end < number.length() && Character.isDigit(number.charAt(end))) {
			end++;
		}
		int version = (end > 0) ? Integer.parseInt(number.substring(0, end)) : 0;
		if (version >= REQUIRED) {
			return null;
		}
		return "AdToPaper agent needs Java " + REQUIRED + " or newer; this is Java " + version;
	}

}
