package org.plenary.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.plenary.trials.Trials;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RFC 8601 Authentication-Results read into typed results, on the shapes real servers write (domains changed to the
 * demo's) and on the ways a sender could smuggle "dkim=pass" into a header. Each row reads as
 * {@code authserv-id: method=result props | method=result props}.
 */
class AuthenticationResultsParserTest {

    static Stream<Arguments> realHeaders() {
        return Stream.of(
                Arguments.of("Gmail", """
                        mx.google.com;\r
                               dkim=pass header.i=@ssr2.test header.s=20230601 header.b=Ab+3/xYz;\r
                               spf=pass (google.com: domain of amara@ssr2.test designates 209.85.220.41 as permitted sender) smtp.mailfrom=amara@ssr2.test;\r
                               dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=ssr2.test""",
                        "mx.google.com: dkim=pass header.i=@ssr2.test header.s=20230601 header.b=Ab+3/xYz"
                                + " | spf=pass smtp.mailfrom=amara@ssr2.test | dmarc=pass header.from=ssr2.test"),
                Arguments.of("Microsoft 365, which writes no authserv-id",
                        "spf=pass (sender IP is 209.85.128.54) smtp.mailfrom=ssr2.test; dkim=pass (signature was verified)"
                                + " header.d=ssr2.test;dmarc=pass action=none header.from=ssr2.test;compauth=pass reason=100",
                        ": spf=pass smtp.mailfrom=ssr2.test | dkim=pass header.d=ssr2.test"
                                + " | dmarc=pass action=none header.from=ssr2.test | compauth=pass reason=100"),
                Arguments.of("Microsoft 365 without a signature", "spf=none (sender IP is 203.0.113.9) smtp.mailfrom=ssr2.test;"
                                + " dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=ssr2.test;",
                        ": spf=none smtp.mailfrom=ssr2.test | dkim=none header.d=none | dmarc=none action=none header.from=ssr2.test"),
                Arguments.of("Fastmail, over many lines", """
                        mx6.messagingengine.com;\r
                            dkim=pass (2048-bit rsa key sha256) header.d=ssr2.test header.i=@ssr2.test header.b=Kx9/a+Bc header.a=rsa-sha256 header.s=fm2 x-bits=2048;\r
                            dmarc=pass policy.published-domain-policy=none policy.applied-disposition=none (p=none,d=none,d.eval=none) policy.policy-from=p header.from=ssr2.test;\r
                            iprev=pass smtp.remote-ip=203.0.113.7 (mail.ssr2.test);\r
                            spf=pass smtp.mailfrom=amara@ssr2.test smtp.helo=mail.ssr2.test;\r
                            x-aligned-from=pass (Address match);\r
                            x-me-sender=none;\r
                            x-return-mx=pass header.domain=ssr2.test policy.is_org=yes (MX Records found: mx1.ssr2.test);\r
                            x-tls=pass smtp.version=TLSv1.3 smtp.cipher=TLS_AES_256_GCM_SHA384 smtp.bits=256/256;\r
                            x-vs=clean score=-100 state=0""",
                        "mx6.messagingengine.com: dkim=pass header.d=ssr2.test header.i=@ssr2.test header.b=Kx9/a+Bc"
                                + " header.a=rsa-sha256 header.s=fm2 x-bits=2048"
                                + " | dmarc=pass policy.published-domain-policy=none policy.applied-disposition=none"
                                + " policy.policy-from=p header.from=ssr2.test"
                                + " | iprev=pass smtp.remote-ip=203.0.113.7"
                                + " | spf=pass smtp.mailfrom=amara@ssr2.test smtp.helo=mail.ssr2.test"
                                + " | x-aligned-from=pass | x-me-sender=none"
                                + " | x-return-mx=pass header.domain=ssr2.test policy.is_org=yes"
                                + " | x-tls=pass smtp.version=TLSv1.3 smtp.cipher=TLS_AES_256_GCM_SHA384 smtp.bits=256/256"
                                + " | x-vs=clean score=-100 state=0"),
                Arguments.of("Yahoo, a comment against the result", "atlas-production.v2-mail-prod1-gq1.omega.yahoo.com;"
                                + " dkim=pass header.i=@ssr2.test header.s=s1; spf=pass smtp.mailfrom=ssr2.test;"
                                + " dmarc=pass(p=NONE,sp=QUARANTINE) header.from=ssr2.test;",
                        "atlas-production.v2-mail-prod1-gq1.omega.yahoo.com: dkim=pass header.i=@ssr2.test header.s=s1"
                                + " | spf=pass smtp.mailfrom=ssr2.test | dmarc=pass header.from=ssr2.test"),
                Arguments.of("Coremail, folded after the equals sign", "mx19; spf=pass smtp.mail=0101016f-a63b@ses.example;"
                                + " dkim=\r\n\tpass header.i=@ssr2.test",
                        "mx19: spf=pass smtp.mail=0101016f-a63b@ses.example | dkim=pass header.i=@ssr2.test"),
                Arguments.of("Postfix with OpenDKIM, upper-case keywords", "mail.ssr2.test; DKIM=Pass (2048-bit key; unprotected)"
                                + " header.d=ssr2.test header.i=@ssr2.test header.b=\"AbCdEf12\"",
                        "mail.ssr2.test: dkim=pass header.d=ssr2.test header.i=@ssr2.test header.b=AbCdEf12"),
                Arguments.of("RFC 8601: a version and nothing to report", "example.org 1; none", "example.org:"),
                Arguments.of("RFC 8601: two signatures, one failed", "example.com; dkim=pass (good signature)"
                                + " header.d=mail-router.example.net; dkim=fail (bad signature) header.d=newyork.example.com",
                        "example.com: dkim=pass header.d=mail-router.example.net | dkim=fail header.d=newyork.example.com"),
                Arguments.of("RFC 8601: SMTP AUTH", "example.com; auth=pass (cram-md5) smtp.auth=sender@example.net;"
                                + " spf=pass smtp.mailfrom=example.net",
                        "example.com: auth=pass smtp.auth=sender@example.net | spf=pass smtp.mailfrom=example.net"),
                Arguments.of("a method version, a reason and a quoted authserv-id",
                        "\"mx.ssr2.test\"; dkim/1=fail reason=\"signature verification failed\" header.d=ssr2.test",
                        "mx.ssr2.test: dkim/1=fail reason=signature verification failed header.d=ssr2.test"),
                Arguments.of("nested comments", "mx.ssr2.test (the MX (of ssr2)); dkim=pass (good (2048 bits)) header.d=ssr2.test",
                        "mx.ssr2.test: dkim=pass header.d=ssr2.test"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realHeaders")
    void readsTheHeaderRealServersWrite(String server, String header, String expected) {
        assertThat(AuthenticationResults.parse(header)).map(AuthenticationResultsParserTest::summary).hasValue(expected);
    }

    static Stream<Arguments> smuggledPasses() {
        return Stream.of(
                Arguments.of("in a comment", "mx.ssr2.test; dkim=fail (dkim=pass) header.d=ssr2.test",
                        "mx.ssr2.test: dkim=fail header.d=ssr2.test"),
                Arguments.of("in another property's value", "mx.ssr2.test; spf=pass smtp.mailfrom=dkim=pass@evil.example;"
                                + " dkim=none; dmarc=fail",
                        "mx.ssr2.test: spf=pass smtp.mailfrom=dkim=pass@evil.example | dkim=none | dmarc=fail"),
                Arguments.of("in a quoted local part the server copied", "mx.ssr2.test; spf=pass"
                                + " smtp.mailfrom=\"x; dkim=pass header.d=ssr2.test\"@evil.example; dkim=none",
                        "mx.ssr2.test: spf=pass smtp.mailfrom=x; dkim=pass header.d=ssr2.test@evil.example | dkim=none"),
                Arguments.of("in a reason", "mx.ssr2.test; dkim=fail reason=\"dkim=pass\" header.d=ssr2.test",
                        "mx.ssr2.test: dkim=fail reason=dkim=pass header.d=ssr2.test"),
                Arguments.of("as a longer word", "mx.ssr2.test; dkim=passed header.d=ssr2.test; x-dkim=pass",
                        "mx.ssr2.test: dkim=passed header.d=ssr2.test | x-dkim=pass"));
    }

    @ParameterizedTest(name = "dkim=pass {0} is not a dkim result")
    @MethodSource("smuggledPasses")
    void dkimPassTextInsideAnotherPartIsThatPart(String where, String header, String expected) {
        assertThat(AuthenticationResults.parse(header)).map(AuthenticationResultsParserTest::summary).hasValue(expected);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("an unclosed comment", "mx.ssr2.test; dkim=pass (unclosed header.d=ssr2.test"),
                Arguments.of("an unclosed quoted string", "mx.ssr2.test; dkim=fail header.d=\"ssr2.test; dkim=pass"),
                Arguments.of("a quoted result", "mx.ssr2.test; dkim=\"pass\" header.d=ssr2.test"),
                Arguments.of("no semicolon after the authserv-id", "mx.ssr2.test dkim=pass header.d=ssr2.test"),
                Arguments.of("no authserv-id", "; dkim=pass header.d=ssr2.test"),
                Arguments.of("a property without a value", "mx.ssr2.test; dkim=pass header.d"),
                Arguments.of("a result after none", "mx.ssr2.test; none; dkim=pass"),
                Arguments.of("a stray closing parenthesis", "mx.ssr2.test; dkim=pass) header.d=ssr2.test"),
                Arguments.of("nothing", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aHeaderOutsideTheGrammarIsUnreadableAsAWhole(String what, String header) {
        assertThat(AuthenticationResults.parse(header)).isEmpty();
    }

    @Test
    void neverThrows() {
        // Random text and text built from the grammar's own characters, where a parser is likeliest to trip.
        Trials.check(8601, 2000, draw -> {
            String header = draw.bool() ? draw.anyString(200) : draw.string("abc .;=()\"\\/+-_@", 0, 120);
            AuthenticationResults.parse(header);
            AuthenticationResults.parse("mx.ssr2.test; dkim=pass " + header);
        });
    }

    private static String summary(AuthenticationResults results) {
        return results.authservId() + ":" + results.results().stream().map(r -> " " + r.method()
                + (r.version() == null ? "" : "/" + r.version()) + "=" + r.result()
                + (r.reason() == null ? "" : " reason=" + r.reason())
                + r.properties().stream().map(p -> " " + p.type() + (p.name().isEmpty() ? "" : "." + p.name())
                        + "=" + p.value()).collect(Collectors.joining())).collect(Collectors.joining(" |"));
    }
}
