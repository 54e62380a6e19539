package com.adtopaper.printerapi;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrinterJobs;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * The printers' polls that wait for a job, by printer. A waiting poll holds no thread: it
 * is a {@link DeferredResult} here until a job is released to its printer (then it tries
 * to claim it) or its wait is over (then it answers 204). Of several polls woken for one
 * job, the domain's claim lets exactly one have it; the others wait on.
 */
@Component
class JobWaiters implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(JobWaiters.class);

	private final ConcurrentHashMap<Long, Set<Waiter>> waiting = new ConcurrentHashMap<>();

	private final PrinterJobs jobs;

	private final ExecutorService claims = Executors.newVirtualThreadPerTaskExecutor();

	private final ScheduledExecutorService timer;

	JobWaiters(PrinterJobs jobs) {
		this.jobs = jobs;
		var timer = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform().name("printer-poll-timer").factory());
		timer.setRemoveOnCancelPolicy(true);
		this.timer = timer;
	}

	/**
	 * A poll for the printer's next job: claimed at once if there is one, else answered
	 * when one is released or after {@code wait}.
	 */
	DeferredResult<ResponseEntity<JobView>> poll(long printerId, Duration wait) {
		// the container's own timeout only backs up ours, which answers in order with a
		// claim in flight
		var result = new DeferredResult<ResponseEntity<JobView>>(wait.plusSeconds(10).toMillis(),
				() -> ResponseEntity.noContent().build());
		var waiter = new Waiter(printerId, result);
		result.onCompletion(waiter::finished);
		result.onTimeout(waiter::finished);
		result.onError((ex) -> waiter.finished());
		// registered before the first claim, so that a job released in between wakes it
		this.waiting.computeIfAbsent(printerId, (id) -> ConcurrentHashMap.newKeySet()).add(waiter);
		waiter.wake();
		if (!waiter.done()) {
			waiter.expiry = this.timer.schedule(waiter::expire, wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		return result;
	}

	/**
	 * A job was released to the printer (on this node or another): its polls try to claim
	 * it.
	 */
	void wake(long printerId) {
		Set<Waiter> waiters = this.waiting.get(printerId);
		if (waiters != null) {
			for (Waiter waiter : waiters) {
				this.claims.execute(waiter::wake);
			}
		}
	}

	/** Polls waiting on this node (for the benchmark and operations). */
	int size() {
		return this.waiting.values().stream().mapToInt(Set::size).sum();
	}

	@Override
	public void destroy() {
		this.timer.shutdownNow();
		this.claims.shutdownNow();
	}

	private void remove(Waiter waiter) {
		this.waiting.computeIfPresent(waiter.printerId, (id, waiters) -> {
			waiters.remove(waiter);
			return waiters.isEmpty() ? null : waiters;
		});
	}

	private final class Waiter {

		private static final int WAITING = 0;

		private static final int CLAIMING = 1;

		private static final int DONE = 2;

		private final long printerId;

		private final DeferredResult<ResponseEntity<JobView>> result;

		private final AtomicInteger state = new AtomicInteger(WAITING);

		/** A release came in since the last claim was tried. */
		private final AtomicBoolean pending = new AtomicBoolean();

		private final AtomicBoolean expired = new AtomicBoolean();

		private volatile @Nullable ScheduledFuture<?> expiry;

		Waiter(long printerId, DeferredResult<ResponseEntity<JobView>> result) {
			this.printerId = printerId;
			this.result = result;
		}

		/**
		 * Tries to claim a job, once more for every wake-up that came while a claim was
		 * in flight: a claim that started before the release committed cannot see it.
		 */
		void wake() {
			this.pending.set(true);
			while (this.pending.get() && this.state.compareAndSet(WAITING, CLAIMING)) {
				this.pending.set(false);
				Optional<PrintJob> job = claim();
				if (job.isPresent()) {
					answer(ResponseEntity.ok(JobView.of(job.get())));
					return;
				}
				this.state.set(WAITING);
				if (this.expired.get() && this.state.compareAndSet(WAITING, DONE)) {
					answer(ResponseEntity.noContent().build());
					return;
				}
			}
		}

		boolean done() {
			return this.state.get() == DONE;
		}

		void expire() {
			this.expired.set(true);
			if (this.state.compareAndSet(WAITING, DONE)) {
				answer(ResponseEntity.noContent().build());
			}
		}

		/** The request is over (answered, timed out, or the printer hung up). */
		void finished() {
			this.state.set(DONE);
			ScheduledFuture<?> expiry = this.expiry;
			if (expiry != null) {
				expiry.cancel(false);
			}
			remove(this);
		}

		private Optional<PrintJob> claim() {
			try {
				return JobWaiters.this.jobs.claimNext(this.printerId);
			}
			catch (RuntimeException ex) {
				logger.warn("Printer {} could not claim a job: {}", this.printerId, ex.toString());
				return Optional.empty();
			}
		}

		private void answer(ResponseEntity<JobView> response) {
			this.state.set(DONE);
			if (!this.result.setResult(response) && response.getBody() instanceof JobView job) {
				// the printer hung up meanwhile: the job is claimed by nobody listening,
				// and
				// goes back to its queue when the silent-job reclaim finds it
				logger.info("Printer {} hung up as job {} was claimed for it", this.printerId, job.id());
			}
			finished();
		}

	}

}
