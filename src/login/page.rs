//! The page the browser lands on: self-contained (nothing loaded from elsewhere), never cached,
//! never leaking the callback URL (which holds the code) through a Referer.

/// A complete HTTP/1.1 response with a tiny HTML page saying `message`.
pub fn response(status: u16, reason: &str, title: &str, message: &str) -> Vec<u8> {
    let body = format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width\">\
         <title>authz: {title}</title>\
         <style>body{{font-family:system-ui,sans-serif;max-width:40em;margin:4em auto;padding:0 1em}}</style>\
         </head><body><h1>authz: {title}</h1><p>{message}</p></body></html>\n",
        title = html_escape(title),
        message = html_escape(message),
    );
    let head = format!(
        "HTTP/1.1 {status} {reason}\r\n\
         Content-Type: text/html; charset=utf-8\r\n\
         Content-Length: {}\r\n\
         Referrer-Policy: no-referrer\r\n\
         Cache-Control: no-store\r\n\
         Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'\r\n\
         X-Content-Type-Options: nosniff\r\n\
         Connection: close\r\n\r\n",
        body.len()
    );
    let mut out = head.into_bytes();
    out.extend_from_slice(body.as_bytes());
    out
}

fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_escaped_and_carry_the_privacy_headers() {
        let r = String::from_utf8(response(400, "Bad Request", "failed", "<script>x</script>"))
            .unwrap();
        assert!(r.starts_with("HTTP/1.1 400 Bad Request\r\n"));
        assert!(r.contains("Referrer-Policy: no-referrer\r\n"));
        assert!(r.contains("Cache-Control: no-store\r\n"));
        assert!(r.contains("&lt;script&gt;") && !r.contains("<script>"));
        let body = r.split("\r\n\r\n").nth(1).unwrap();
        assert!(r.contains(&format!("Content-Length: {}\r\n", body.len())));
        assert!(!body.contains("http"), "the page loads nothing: {body}");
    }
}
