//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::const`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConstParams {
    pub const2: ::std::option::Option<::std::string::String>,
    pub const3: ::std::option::Option<::std::string::String>,
    pub const4: ::std::option::Option<::std::string::String>,
}
impl ConstParams {
    /// Sets `const2`.
    #[must_use]
    pub fn const2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.const2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `const3`.
    #[must_use]
    pub fn const3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.const3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `const4`.
    #[must_use]
    pub fn const4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.const4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::const`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConstOkHeaders {
    pub r#const: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::const`].
#[derive(Debug, Clone, PartialEq)]
pub enum ConstResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ConstOkHeaders },
}
/// Documented error responses of [`super::Client::const`].
#[derive(Debug, Clone, PartialEq)]
pub enum ConstError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::const_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum ConstPostError {}
impl super::Client {
    /// */ operation const "#
    ///
    /// `GET /op2/{const}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#const(
        &self,
        r#const: &str,
        params: &ConstParams,
    ) -> ::std::result::Result<ConstResponse, super::Error<ConstError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op2/");
        url.push_str(
            &super::runtime::path_param(
                "const",
                &super::runtime::to_value("const", &r#const)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.const2 {
            let v = super::runtime::to_value("const", v)?;
            super::runtime::push_param(&mut query, "const", &v, "form", true);
        }
        if let Some(v) = &params.const3 {
            let v = super::runtime::to_value("const", v)?;
            headers.push(("const", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.const4 {
            let v = super::runtime::to_value("const", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "const", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[2usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("const", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "const", method = "GET", path =
            "/op2/{const}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("const", status, &response_headers);
        match status {
            200 => {
                let headers = ConstOkHeaders {
                    r#const: super::runtime::optional_header(
                        &response_headers,
                        "const",
                        status,
                    )?,
                };
                Ok(ConstResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        ConstError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(ConstError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ConstError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op2/{const}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn const_post(
        &self,
        r#const: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ConstPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op2/");
        url.push_str(
            &super::runtime::path_param(
                "const",
                &super::runtime::to_value("const", &r#const)?,
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
            .run_request_hooks("const_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "const_post", method = "POST", path =
            "/op2/{const}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("const_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ConstPostError,
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
