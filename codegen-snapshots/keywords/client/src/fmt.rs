//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::fmt2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Fmt2Params {
    pub fmt2: ::std::option::Option<::std::string::String>,
    pub fmt3: ::std::option::Option<::std::string::String>,
    pub fmt4: ::std::option::Option<::std::string::String>,
}
impl Fmt2Params {
    /// Sets `fmt2`.
    #[must_use]
    pub fn fmt2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fmt2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fmt3`.
    #[must_use]
    pub fn fmt3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fmt3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fmt4`.
    #[must_use]
    pub fn fmt4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fmt4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::fmt2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Fmt2OkHeaders {
    pub fmt: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::fmt2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Fmt2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Fmt2OkHeaders },
}
/// Documented error responses of [`super::Client::fmt2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Fmt2Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::fmt_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum FmtPostError {}
impl super::Client {
    /// */ operation fmt "#
    ///
    /// `GET /op164/{fmt}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn fmt2(
        &self,
        fmt: &str,
        params: &Fmt2Params,
    ) -> ::std::result::Result<Fmt2Response, super::Error<Fmt2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op164/");
        url.push_str(
            &super::runtime::path_param(
                "fmt",
                &super::runtime::to_value("fmt", &fmt)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.fmt2 {
            let v = super::runtime::to_value("fmt", v)?;
            super::runtime::push_param(&mut query, "fmt", &v, "form", true);
        }
        if let Some(v) = &params.fmt3 {
            let v = super::runtime::to_value("fmt", v)?;
            headers.push(("fmt", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.fmt4 {
            let v = super::runtime::to_value("fmt", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "fmt", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[164usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self.run_request_hooks("fmt2", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "fmt", method = "GET", path =
            "/op164/{fmt}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("fmt2", status, &response_headers);
        match status {
            200 => {
                let headers = Fmt2OkHeaders {
                    fmt: super::runtime::optional_header(
                        &response_headers,
                        "fmt",
                        status,
                    )?,
                };
                Ok(Fmt2Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        Fmt2Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(Fmt2Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            Fmt2Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op164/{fmt}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn fmt_post(
        &self,
        fmt: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<FmtPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op164/");
        url.push_str(
            &super::runtime::path_param(
                "fmt",
                &super::runtime::to_value("fmt", &fmt)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("fmt_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "fmt_post", method = "POST", path =
            "/op164/{fmt}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("fmt_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        FmtPostError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
