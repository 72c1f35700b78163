-- Mass mail as cheap as no mail (issue 14). A change that mails hundreds of people writes only a small intent per
-- mail: kind, recipient, language, subject and the values the mail must state as of the change (`intent`). The
-- sender renders text, HTML, attachments and the MIME message when it claims the row, once (the rendered message is
-- kept, so every later attempt sends the same bytes with the same Message-ID). Until then the bodies are empty.
ALTER TABLE outbox_mail MODIFY COLUMN text_body MEDIUMTEXT NULL;
ALTER TABLE outbox_mail MODIFY COLUMN html_body MEDIUMTEXT NULL;
ALTER TABLE outbox_mail MODIFY COLUMN mime LONGBLOB NULL;
ALTER TABLE outbox_mail ADD COLUMN intent VARCHAR(500);
