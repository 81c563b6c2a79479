//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::fn2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Fn2Params {
    pub fn2: ::std::option::Option<::std::string::String>,
    pub fn3: ::std::option::Option<::std::string::String>,
    pub fn4: ::std::option::Option<::std::string::String>,
}
impl Fn2Params {
    /// Sets `fn2`.
    #[must_use]
    pub fn fn2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fn2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fn3`.
    #[must_use]
    pub fn fn3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fn3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fn4`.
    #[must_use]
    pub fn fn4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fn4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::fn2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Fn2OkHeaders {
    pub r#fn: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::fn2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Fn2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Fn2OkHeaders },
}
/// Documented error responses of [`super::Client::fn2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Fn2Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::fn_post2`].
#[derive(Debug, Clone, PartialEq)]
pub enum FnPost2Error {}
impl super::Client {
    /// */ operation Fn "#
    ///
    /// `GET /op118/{Fn}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn fn2(
        &self,
        r#fn: &str,
        params: &Fn2Params,
    ) -> ::std::result::Result<Fn2Response, super::Error<Fn2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op118/");
        url.push_str(
            &super::runtime::path_param(
                "Fn",
                &super::runtime::to_value("Fn", &r#fn)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.fn2 {
            let v = super::runtime::to_value("Fn", v)?;
            super::runtime::push_param(&mut query, "Fn", &v, "form", true);
        }
        if let Some(v) = &params.fn3 {
            let v = super::runtime::to_value("Fn", v)?;
            headers.push(("Fn", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.fn4 {
            let v = super::runtime::to_value("Fn", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Fn", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[118usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("fn2", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Fn", method = "GET", path = "/op118/{Fn}",
            status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("fn2", status, &response_headers);
        match status {
            200 => {
                let headers = Fn2OkHeaders {
                    r#fn: super::runtime::optional_header(
                        &response_headers,
                        "Fn",
                        status,
                    )?,
                };
                Ok(Fn2Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        Fn2Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(Fn2Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            Fn2Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op118/{Fn}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn fn_post2(
        &self,
        r#fn: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<FnPost2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op118/");
        url.push_str(
            &super::runtime::path_param(
                "Fn",
                &super::runtime::to_value("Fn", &r#fn)?,
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
            .run_request_hooks("fn_post2", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Fn_post", method = "POST", path =
            "/op118/{Fn}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("fn_post2", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        FnPost2Error,
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
