//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::impl`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImplParams {
    pub impl2: ::std::option::Option<::std::string::String>,
    pub impl3: ::std::option::Option<::std::string::String>,
    pub impl4: ::std::option::Option<::std::string::String>,
}
impl ImplParams {
    /// Sets `impl2`.
    #[must_use]
    pub fn impl2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.impl2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `impl3`.
    #[must_use]
    pub fn impl3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.impl3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `impl4`.
    #[must_use]
    pub fn impl4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.impl4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::impl`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImplOkHeaders {
    pub r#impl: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::impl`].
#[derive(Debug, Clone, PartialEq)]
pub enum ImplResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ImplOkHeaders },
}
/// Documented error responses of [`super::Client::impl`].
#[derive(Debug, Clone, PartialEq)]
pub enum ImplError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::impl_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum ImplPostError {}
impl super::Client {
    /// */ operation impl "#
    ///
    /// `GET /op12/{impl}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#impl(
        &self,
        r#impl: &str,
        params: &ImplParams,
    ) -> ::std::result::Result<ImplResponse, super::Error<ImplError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op12/");
        url.push_str(
            &super::runtime::path_param(
                "impl",
                &super::runtime::to_value("impl", &r#impl)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.impl2 {
            let v = super::runtime::to_value("impl", v)?;
            super::runtime::push_param(&mut query, "impl", &v, "form", true);
        }
        if let Some(v) = &params.impl3 {
            let v = super::runtime::to_value("impl", v)?;
            headers.push(("impl", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.impl4 {
            let v = super::runtime::to_value("impl", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "impl", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[12usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("impl", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "impl", method = "GET", path =
            "/op12/{impl}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("impl", status, &response_headers);
        match status {
            200 => {
                let headers = ImplOkHeaders {
                    r#impl: super::runtime::optional_header(
                        &response_headers,
                        "impl",
                        status,
                    )?,
                };
                Ok(ImplResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        ImplError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(ImplError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ImplError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op12/{impl}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn impl_post(
        &self,
        r#impl: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ImplPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op12/");
        url.push_str(
            &super::runtime::path_param(
                "impl",
                &super::runtime::to_value("impl", &r#impl)?,
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
            .run_request_hooks("impl_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "impl_post", method = "POST", path =
            "/op12/{impl}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("impl_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ImplPostError,
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
