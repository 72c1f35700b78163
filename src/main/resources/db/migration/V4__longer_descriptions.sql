-- TEXT holds 65,535 bytes: 20,000 characters of emoji need up to 80,000. MEDIUMTEXT holds 16 MB.
ALTER TABLE event MODIFY COLUMN description MEDIUMTEXT;
