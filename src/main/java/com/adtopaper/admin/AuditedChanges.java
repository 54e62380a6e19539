package com.adtopaper.admin;

import java.util.function.Function;
import java.util.function.Supplier;

import com.adtopaper.audit.Actor;
import com.adtopaper.audit.AuditLog;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every change an operator makes, through the API or the site, runs here: the change and
 * its audit entry in one transaction, so that neither is ever without the other.
 */
@Component
class AuditedChanges {

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	AuditedChanges(AuditLog audit, PlatformTransactionManager transactions) {
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Makes a change and records it.
	 * @param actor who, from where
	 * @param action what ({@code account.block})
	 * @param objectType the kind of object
	 * @param objectId its id
	 * @param before reads the object's state before the change, or null if it has none
	 * @param change the change; its result is the state after
	 * @param comment the operator's reason, or null
	 * @return the change's result
	 */
	<T> T make(Actor actor, String action, String objectType, Object objectId, @Nullable Supplier<?> before,
			Supplier<T> change, @Nullable String comment) {
		return make(actor, action, objectType, objectId, before, change, Function.identity(), comment);
	}

	/**
	 * Makes a change and records it, with the state after as {@code after} makes it of
	 * the change's result (to leave out what must not be kept, a printer's new secret).
	 */
	<T> T make(Actor actor, String action, String objectType, Object objectId, @Nullable Supplier<?> before,
			Supplier<T> change, Function<? super T, ?> after, @Nullable String comment) {
		return this.transaction.execute((status) -> {
			Object was = (before != null) ? before.get() : null;
			T result = change.get();
			this.audit.record(actor, action, objectType, objectId, was, after.apply(result), comment);
			return result;
		});
	}

}
