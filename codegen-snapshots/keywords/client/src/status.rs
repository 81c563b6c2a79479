//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::status`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StatusParams {
    pub status2: ::std::option::Option<::std::string::String>,
    pub status3: ::std::option::Option<::std::string::String>,
    pub status4: ::std::option::Option<::std::string::String>,
}
impl StatusParams {
    /// Sets `status2`.
    #[must_use]
    pub fn status2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status3`.
    #[must_use]
    pub fn status3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status4`.
    #[must_use]
    pub fn status4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::status`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StatusOkHeaders {
    pub status: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::status`].
#[derive(Debug, Clone, PartialEq)]
pub enum StatusResponse {
    /// ok
    Ok { body: super::types::Everything, headers: StatusOkHeaders },
}
/// Documented error responses of [`super::Client::status`].
#[derive(Debug, Clone, PartialEq)]
pub enum StatusError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::status_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum StatusPostError {}
impl super::Client {
    /// */ operation status "#
    ///
    /// `GET /op199/{status}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn status(
        &self,
        status_param: &str,
        params: &StatusParams,
    ) -> ::std::result::Result<StatusResponse, super::Error<StatusError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op199/");
        url.push_str(
            &super::runtime::path_param(
                "status",
                &super::runtime::to_value("status", &status_param)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.status2 {
            let v = super::runtime::to_value("status", v)?;
            super::runtime::push_param(&mut query, "status", &v, "form", true);
        }
        if let Some(v) = &params.status3 {
            let v = super::runtime::to_value("status", v)?;
            headers.push(("status", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.status4 {
            let v = super::runtime::to_value("status", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "status", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[199usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("status", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "status", method = "GET", path =
            "/op199/{status}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("status", status, &response_headers);
        match status {
            200 => {
                let headers = StatusOkHeaders {
                    status: super::runtime::optional_header(
                        &response_headers,
                        "status",
                        status,
                    )?,
                };
                Ok(StatusResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        StatusError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(StatusError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            StatusError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op199/{status}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn status_post(
        &self,
        status_param: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<StatusPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op199/");
        url.push_str(
            &super::runtime::path_param(
                "status",
                &super::runtime::to_value("status", &status_param)?,
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
            .run_request_hooks("status_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "status_post", method = "POST", path =
            "/op199/{status}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("status_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        StatusPostError,
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
