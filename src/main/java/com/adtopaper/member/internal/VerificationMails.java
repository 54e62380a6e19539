package com.adtopaper.member.internal;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The mails of sign-up: the link and code that verify a school address, and the notice to
 * an address's owner that someone tried to sign up with it. Sent after the transaction
 * commits (a rolled-back sign-up sends nothing); without an SMTP server
 * ({@code spring.mail.host} unset, the embedded default) they are logged instead.
 */
@Component
public class VerificationMails {

	private static final Logger log = LoggerFactory.getLogger(VerificationMails.class);

	private final ObjectProvider<MailSender> sender;

	private final MessageSource messages;

	private final VerificationSettings settings;

	VerificationMails(ObjectProvider<MailSender> sender, MessageSource messages, VerificationSettings settings) {
		this.sender = sender;
		this.messages = messages;
		this.settings = settings;
	}

	public void sendVerification(String email, String name, String token, String code) {
		String link = this.settings.linkBaseUrl().replaceAll("/+$", "") + "/verify?token=" + token;
		afterCommit(email, text("mail.verification.subject"),
				text("mail.verification.body", name, link, code, this.settings.ttl().toHours()));
	}

	public void sendAlreadyRegistered(String email, String name) {
		afterCommit(email, text("mail.taken.subject"),
				text("mail.taken.body", name, this.settings.linkBaseUrl().replaceAll("/+$", "") + "/login"));
	}

	/** The link that sets a forgotten password, working for {@code minutes}. */
	public void sendPasswordReset(String email, String name, String token, long minutes) {
		String link = this.settings.linkBaseUrl().replaceAll("/+$", "") + "/password-reset?token=" + token;
		afterCommit(email, text("mail.password-reset.subject"), text("mail.password-reset.body", name, link, minutes));
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.KOREAN);
	}

	private void afterCommit(String to, String subject, String body) {
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.settings.mailFrom());
		mail.setTo(to);
		mail.setSubject(subject);
		mail.setText(body);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send(mail);
				}
			});
		}
		else {
			send(mail);
		}
	}

	private void send(SimpleMailMessage mail) {
		MailSender mailSender = this.sender.getIfAvailable();
		if (mailSender == null) {
			log.info("No SMTP server set (spring.mail.host): the mail to {} is logged instead.\nSubject: {}\n{}",
					mail.getTo(), mail.getSubject(), mail.getText());
			return;
		}
		try {
			mailSender.send(mail);
		}
		catch (MailException ex) {
			// the member asks for a new mail from the app or the site; the sign-up stands
			log.warn("Could not send the mail to {}: {}", mail.getTo(), ex.getMessage());
		}
	}

}
