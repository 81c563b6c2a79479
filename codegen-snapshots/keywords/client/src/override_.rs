//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::override`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OverrideParams {
    pub override2: ::std::option::Option<::std::string::String>,
    pub override3: ::std::option::Option<::std::string::String>,
    pub override4: ::std::option::Option<::std::string::String>,
}
impl OverrideParams {
    /// Sets `override2`.
    #[must_use]
    pub fn override2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.override2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `override3`.
    #[must_use]
    pub fn override3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.override3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `override4`.
    #[must_use]
    pub fn override4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.override4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::override`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OverrideOkHeaders {
    pub r#override: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::override`].
#[derive(Debug, Clone, PartialEq)]
pub enum OverrideResponse {
    /// ok
    Ok { body: super::types::Everything, headers: OverrideOkHeaders },
}
/// Documented error responses of [`super::Client::override`].
#[derive(Debug, Clone, PartialEq)]
pub enum OverrideError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::override_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum OverridePostError {}
impl super::Client {
    /// */ operation override "#
    ///
    /// `GET /op44/{override}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#override(
        &self,
        r#override: &str,
        params: &OverrideParams,
    ) -> ::std::result::Result<OverrideResponse, super::Error<OverrideError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op44/");
        url.push_str(
            &super::runtime::path_param(
                "override",
                &super::runtime::to_value("override", &r#override)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.override2 {
            let v = super::runtime::to_value("override", v)?;
            super::runtime::push_param(&mut query, "override", &v, "form", true);
        }
        if let Some(v) = &params.override3 {
            let v = super::runtime::to_value("override", v)?;
            headers.push(("override", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.override4 {
            let v = super::runtime::to_value("override", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "override", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[44usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self
            .run_request_hooks("override", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "override", method = "GET", path =
            "/op44/{override}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("override", status, &response_headers);
        match status {
            200 => {
                let headers = OverrideOkHeaders {
                    r#override: super::runtime::optional_header(
                        &response_headers,
                        "override",
                        status,
                    )?,
                };
                Ok(OverrideResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        OverrideError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(OverrideError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            OverrideError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op44/{override}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn override_post(
        &self,
        r#override: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<OverridePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op44/");
        url.push_str(
            &super::runtime::path_param(
                "override",
                &super::runtime::to_value("override", &r#override)?,
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
            .run_request_hooks("override_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "override_post", method = "POST", path =
            "/op44/{override}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("override_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        OverridePostError,
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
