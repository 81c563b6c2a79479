//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::unsafe`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnsafeParams {
    pub unsafe2: ::std::option::Option<::std::string::String>,
    pub unsafe3: ::std::option::Option<::std::string::String>,
    pub unsafe4: ::std::option::Option<::std::string::String>,
}
impl UnsafeParams {
    /// Sets `unsafe2`.
    #[must_use]
    pub fn unsafe2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.unsafe2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `unsafe3`.
    #[must_use]
    pub fn unsafe3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.unsafe3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `unsafe4`.
    #[must_use]
    pub fn unsafe4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.unsafe4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::unsafe`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnsafeOkHeaders {
    pub r#unsafe: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::unsafe`].
#[derive(Debug, Clone, PartialEq)]
pub enum UnsafeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: UnsafeOkHeaders },
}
/// Documented error responses of [`super::Client::unsafe`].
#[derive(Debug, Clone, PartialEq)]
pub enum UnsafeError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::unsafe_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum UnsafePostError {}
impl super::Client {
    /// */ operation unsafe "#
    ///
    /// `GET /op31/{unsafe}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#unsafe(
        &self,
        r#unsafe: &str,
        params: &UnsafeParams,
    ) -> ::std::result::Result<UnsafeResponse, super::Error<UnsafeError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op31/");
        url.push_str(
            &super::runtime::path_param(
                "unsafe",
                &super::runtime::to_value("unsafe", &r#unsafe)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.unsafe2 {
            let v = super::runtime::to_value("unsafe", v)?;
            super::runtime::push_param(&mut query, "unsafe", &v, "form", true);
        }
        if let Some(v) = &params.unsafe3 {
            let v = super::runtime::to_value("unsafe", v)?;
            headers.push(("unsafe", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.unsafe4 {
            let v = super::runtime::to_value("unsafe", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "unsafe", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[31usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("unsafe", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "unsafe", method = "GET", path =
            "/op31/{unsafe}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("unsafe", status, &response_headers);
        match status {
            200 => {
                let headers = UnsafeOkHeaders {
                    r#unsafe: super::runtime::optional_header(
                        &response_headers,
                        "unsafe",
                        status,
                    )?,
                };
                Ok(UnsafeResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        UnsafeError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(UnsafeError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            UnsafeError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op31/{unsafe}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn unsafe_post(
        &self,
        r#unsafe: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<UnsafePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op31/");
        url.push_str(
            &super::runtime::path_param(
                "unsafe",
                &super::runtime::to_value("unsafe", &r#unsafe)?,
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
            .run_request_hooks("unsafe_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "unsafe_post", method = "POST", path =
            "/op31/{unsafe}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("unsafe_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        UnsafePostError,
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
