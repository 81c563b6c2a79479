//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::priv`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PrivParams {
    pub priv2: ::std::option::Option<::std::string::String>,
    pub priv3: ::std::option::Option<::std::string::String>,
    pub priv4: ::std::option::Option<::std::string::String>,
}
impl PrivParams {
    /// Sets `priv2`.
    #[must_use]
    pub fn priv2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.priv2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `priv3`.
    #[must_use]
    pub fn priv3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.priv3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `priv4`.
    #[must_use]
    pub fn priv4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.priv4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::priv`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PrivOkHeaders {
    pub r#priv: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::priv`].
#[derive(Debug, Clone, PartialEq)]
pub enum PrivResponse {
    /// ok
    Ok { body: super::types::Everything, headers: PrivOkHeaders },
}
/// Documented error responses of [`super::Client::priv`].
#[derive(Debug, Clone, PartialEq)]
pub enum PrivError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::priv_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum PrivPostError {}
impl super::Client {
    /// */ operation priv "#
    ///
    /// `GET /op45/{priv}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#priv(
        &self,
        r#priv: &str,
        params: &PrivParams,
    ) -> ::std::result::Result<PrivResponse, super::Error<PrivError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op45/");
        url.push_str(
            &super::runtime::path_param(
                "priv",
                &super::runtime::to_value("priv", &r#priv)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.priv2 {
            let v = super::runtime::to_value("priv", v)?;
            super::runtime::push_param(&mut query, "priv", &v, "form", true);
        }
        if let Some(v) = &params.priv3 {
            let v = super::runtime::to_value("priv", v)?;
            headers.push(("priv", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.priv4 {
            let v = super::runtime::to_value("priv", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "priv", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[45usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("priv", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "priv", method = "GET", path =
            "/op45/{priv}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("priv", status, &response_headers);
        match status {
            200 => {
                let headers = PrivOkHeaders {
                    r#priv: super::runtime::optional_header(
                        &response_headers,
                        "priv",
                        status,
                    )?,
                };
                Ok(PrivResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        PrivError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(PrivError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            PrivError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op45/{priv}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn priv_post(
        &self,
        r#priv: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<PrivPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op45/");
        url.push_str(
            &super::runtime::path_param(
                "priv",
                &super::runtime::to_value("priv", &r#priv)?,
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
            .run_request_hooks("priv_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "priv_post", method = "POST", path =
            "/op45/{priv}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("priv_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        PrivPostError,
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
