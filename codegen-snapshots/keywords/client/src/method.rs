//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::method`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MethodParams {
    pub method2: ::std::option::Option<::std::string::String>,
    pub method3: ::std::option::Option<::std::string::String>,
    pub method4: ::std::option::Option<::std::string::String>,
}
impl MethodParams {
    /// Sets `method2`.
    #[must_use]
    pub fn method2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.method2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `method3`.
    #[must_use]
    pub fn method3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.method3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `method4`.
    #[must_use]
    pub fn method4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.method4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::method`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MethodOkHeaders {
    pub method: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::method`].
#[derive(Debug, Clone, PartialEq)]
pub enum MethodResponse {
    /// ok
    Ok { body: super::types::Everything, headers: MethodOkHeaders },
}
/// Documented error responses of [`super::Client::method`].
#[derive(Debug, Clone, PartialEq)]
pub enum MethodError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::method_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum MethodPostError {}
impl super::Client {
    /// */ operation Method "#
    ///
    /// `GET /op157/{Method}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn method(
        &self,
        method_param: &str,
        params: &MethodParams,
    ) -> ::std::result::Result<MethodResponse, super::Error<MethodError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op157/");
        url.push_str(
            &super::runtime::path_param(
                "Method",
                &super::runtime::to_value("Method", &method_param)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.method2 {
            let v = super::runtime::to_value("Method", v)?;
            super::runtime::push_param(&mut query, "Method", &v, "form", true);
        }
        if let Some(v) = &params.method3 {
            let v = super::runtime::to_value("Method", v)?;
            headers.push(("Method", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.method4 {
            let v = super::runtime::to_value("Method", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Method", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[157usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("method", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Method", method = "GET", path =
            "/op157/{Method}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("method", status, &response_headers);
        match status {
            200 => {
                let headers = MethodOkHeaders {
                    method: super::runtime::optional_header(
                        &response_headers,
                        "Method",
                        status,
                    )?,
                };
                Ok(MethodResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        MethodError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(MethodError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            MethodError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op157/{Method}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn method_post(
        &self,
        method_param: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<MethodPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op157/");
        url.push_str(
            &super::runtime::path_param(
                "Method",
                &super::runtime::to_value("Method", &method_param)?,
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
            .run_request_hooks("method_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Method_post", method = "POST", path =
            "/op157/{Method}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("method_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        MethodPostError,
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
