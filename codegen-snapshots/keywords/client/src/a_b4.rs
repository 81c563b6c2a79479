//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::a_b4`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AB4Params {
    pub a_b2: ::std::option::Option<::std::string::String>,
    pub a_b3: ::std::option::Option<::std::string::String>,
    pub a_b4: ::std::option::Option<::std::string::String>,
}
impl AB4Params {
    /// Sets `a_b2`.
    #[must_use]
    pub fn a_b2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.a_b2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `a_b3`.
    #[must_use]
    pub fn a_b3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.a_b3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `a_b4`.
    #[must_use]
    pub fn a_b4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.a_b4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::a_b4`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AB4OkHeaders {
    pub a_b: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::a_b4`].
#[derive(Debug, Clone, PartialEq)]
pub enum AB4Response {
    /// ok
    Ok { body: super::types::Everything, headers: AB4OkHeaders },
}
/// Documented error responses of [`super::Client::a_b4`].
#[derive(Debug, Clone, PartialEq)]
pub enum AB4Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::a_b_post4`].
#[derive(Debug, Clone, PartialEq)]
pub enum ABPost4Error {}
impl super::Client {
    /// */ operation aB "#
    ///
    /// `GET /op75/{aB}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn a_b4(
        &self,
        a_b: &str,
        params: &AB4Params,
    ) -> ::std::result::Result<AB4Response, super::Error<AB4Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op75/");
        url.push_str(
            &super::runtime::path_param(
                "aB",
                &super::runtime::to_value("aB", &a_b)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.a_b2 {
            let v = super::runtime::to_value("aB", v)?;
            super::runtime::push_param(&mut query, "aB", &v, "form", true);
        }
        if let Some(v) = &params.a_b3 {
            let v = super::runtime::to_value("aB", v)?;
            headers.push(("aB", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.a_b4 {
            let v = super::runtime::to_value("aB", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "aB", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[75usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("a_b4", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "aB", method = "GET", path = "/op75/{aB}",
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
        self.run_response_hooks("a_b4", status, &response_headers);
        match status {
            200 => {
                let headers = AB4OkHeaders {
                    a_b: super::runtime::optional_header(
                        &response_headers,
                        "aB",
                        status,
                    )?,
                };
                Ok(AB4Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        AB4Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(AB4Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            AB4Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op75/{aB}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn a_b_post4(
        &self,
        a_b: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ABPost4Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op75/");
        url.push_str(
            &super::runtime::path_param(
                "aB",
                &super::runtime::to_value("aB", &a_b)?,
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
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("a_b_post4", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "aB_post", method = "POST", path =
            "/op75/{aB}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("a_b_post4", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ABPost4Error,
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
