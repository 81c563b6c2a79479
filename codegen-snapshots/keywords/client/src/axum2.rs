//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::axum`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AxumParams {
    pub axum2: ::std::option::Option<::std::string::String>,
    pub axum3: ::std::option::Option<::std::string::String>,
    pub axum4: ::std::option::Option<::std::string::String>,
}
impl AxumParams {
    /// Sets `axum2`.
    #[must_use]
    pub fn axum2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.axum2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `axum3`.
    #[must_use]
    pub fn axum3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.axum3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `axum4`.
    #[must_use]
    pub fn axum4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.axum4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::axum`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AxumOkHeaders {
    pub axum: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::axum`].
#[derive(Debug, Clone, PartialEq)]
pub enum AxumResponse {
    /// ok
    Ok { body: super::types::Everything, headers: AxumOkHeaders },
}
/// Documented error responses of [`super::Client::axum`].
#[derive(Debug, Clone, PartialEq)]
pub enum AxumError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::axum_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum AxumPostError {}
impl super::Client {
    /// */ operation axum "#
    ///
    /// `GET /op177/{axum}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn axum(
        &self,
        axum: &str,
        params: &AxumParams,
    ) -> ::std::result::Result<AxumResponse, super::Error<AxumError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op177/");
        url.push_str(
            &super::runtime::path_param(
                "axum",
                &super::runtime::to_value("axum", &axum)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.axum2 {
            let v = super::runtime::to_value("axum", v)?;
            super::runtime::push_param(&mut query, "axum", &v, "form", true);
        }
        if let Some(v) = &params.axum3 {
            let v = super::runtime::to_value("axum", v)?;
            headers.push(("axum", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.axum4 {
            let v = super::runtime::to_value("axum", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "axum", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[177usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("axum", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "axum", method = "GET", path =
            "/op177/{axum}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("axum", status, &response_headers);
        match status {
            200 => {
                let headers = AxumOkHeaders {
                    axum: super::runtime::optional_header(
                        &response_headers,
                        "axum",
                        status,
                    )?,
                };
                Ok(AxumResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        AxumError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(AxumError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            AxumError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op177/{axum}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn axum_post(
        &self,
        axum: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<AxumPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op177/");
        url.push_str(
            &super::runtime::path_param(
                "axum",
                &super::runtime::to_value("axum", &axum)?,
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
            .run_request_hooks("axum_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "axum_post", method = "POST", path =
            "/op177/{axum}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("axum_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        AxumPostError,
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
