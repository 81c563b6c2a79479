//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::into`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IntoParams {
    pub into2: ::std::option::Option<::std::string::String>,
    pub into3: ::std::option::Option<::std::string::String>,
    pub into4: ::std::option::Option<::std::string::String>,
}
impl IntoParams {
    /// Sets `into2`.
    #[must_use]
    pub fn into2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.into2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `into3`.
    #[must_use]
    pub fn into3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.into3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `into4`.
    #[must_use]
    pub fn into4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.into4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::into`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IntoOkHeaders {
    pub into: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::into`].
#[derive(Debug, Clone, PartialEq)]
pub enum IntoResponse {
    /// ok
    Ok { body: super::types::Everything, headers: IntoOkHeaders },
}
/// Documented error responses of [`super::Client::into`].
#[derive(Debug, Clone, PartialEq)]
pub enum IntoError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::into_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum IntoPostError {}
impl super::Client {
    /// */ operation Into "#
    ///
    /// `GET /op122/{Into}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn into(
        &self,
        into: &str,
        params: &IntoParams,
    ) -> ::std::result::Result<IntoResponse, super::Error<IntoError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op122/");
        url.push_str(
            &super::runtime::path_param(
                "Into",
                &super::runtime::to_value("Into", &into)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.into2 {
            let v = super::runtime::to_value("Into", v)?;
            super::runtime::push_param(&mut query, "Into", &v, "form", true);
        }
        if let Some(v) = &params.into3 {
            let v = super::runtime::to_value("Into", v)?;
            headers.push(("Into", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.into4 {
            let v = super::runtime::to_value("Into", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Into", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[122usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("into", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Into", method = "GET", path =
            "/op122/{Into}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("into", status, &response_headers);
        match status {
            200 => {
                let headers = IntoOkHeaders {
                    into: super::runtime::optional_header(
                        &response_headers,
                        "Into",
                        status,
                    )?,
                };
                Ok(IntoResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        IntoError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(IntoError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            IntoError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op122/{Into}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn into_post(
        &self,
        into: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<IntoPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op122/");
        url.push_str(
            &super::runtime::path_param(
                "Into",
                &super::runtime::to_value("Into", &into)?,
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
            .run_request_hooks("into_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Into_post", method = "POST", path =
            "/op122/{Into}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("into_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        IntoPostError,
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
