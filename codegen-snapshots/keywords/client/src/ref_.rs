//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::ref`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RefParams {
    pub ref2: ::std::option::Option<::std::string::String>,
    pub ref3: ::std::option::Option<::std::string::String>,
    pub ref4: ::std::option::Option<::std::string::String>,
}
impl RefParams {
    /// Sets `ref2`.
    #[must_use]
    pub fn ref2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ref2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ref3`.
    #[must_use]
    pub fn ref3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ref3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ref4`.
    #[must_use]
    pub fn ref4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ref4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::ref`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RefOkHeaders {
    pub r#ref: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::ref`].
#[derive(Debug, Clone, PartialEq)]
pub enum RefResponse {
    /// ok
    Ok { body: super::types::Everything, headers: RefOkHeaders },
}
/// Documented error responses of [`super::Client::ref`].
#[derive(Debug, Clone, PartialEq)]
pub enum RefError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::ref_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum RefPostError {}
impl super::Client {
    /// */ operation ref "#
    ///
    /// `GET /op21/{ref}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#ref(
        &self,
        r#ref: &str,
        params: &RefParams,
    ) -> ::std::result::Result<RefResponse, super::Error<RefError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op21/");
        url.push_str(
            &super::runtime::path_param(
                "ref",
                &super::runtime::to_value("ref", &r#ref)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.ref2 {
            let v = super::runtime::to_value("ref", v)?;
            super::runtime::push_param(&mut query, "ref", &v, "form", true);
        }
        if let Some(v) = &params.ref3 {
            let v = super::runtime::to_value("ref", v)?;
            headers.push(("ref", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.ref4 {
            let v = super::runtime::to_value("ref", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "ref", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[21usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("ref", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "ref", method = "GET", path = "/op21/{ref}",
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
        self.run_response_hooks("ref", status, &response_headers);
        match status {
            200 => {
                let headers = RefOkHeaders {
                    r#ref: super::runtime::optional_header(
                        &response_headers,
                        "ref",
                        status,
                    )?,
                };
                Ok(RefResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        RefError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(RefError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            RefError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op21/{ref}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn ref_post(
        &self,
        r#ref: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<RefPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op21/");
        url.push_str(
            &super::runtime::path_param(
                "ref",
                &super::runtime::to_value("ref", &r#ref)?,
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
            .run_request_hooks("ref_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "ref_post", method = "POST", path =
            "/op21/{ref}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("ref_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        RefPostError,
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
