//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::response`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResponseParams {
    pub response2: ::std::option::Option<::std::string::String>,
    pub response3: ::std::option::Option<::std::string::String>,
    pub response4: ::std::option::Option<::std::string::String>,
}
impl ResponseParams {
    /// Sets `response2`.
    #[must_use]
    pub fn response2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.response2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `response3`.
    #[must_use]
    pub fn response3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.response3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `response4`.
    #[must_use]
    pub fn response4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.response4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::response`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResponseOkHeaders {
    pub response: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::response`].
#[derive(Debug, Clone, PartialEq)]
pub enum ResponseResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ResponseOkHeaders },
}
/// Documented error responses of [`super::Client::response`].
#[derive(Debug, Clone, PartialEq)]
pub enum ResponseError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::response_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum ResponsePostError {}
impl super::Client {
    /// */ operation Response "#
    ///
    /// `GET /op147/{Response}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn response(
        &self,
        response_param: &str,
        params: &ResponseParams,
    ) -> ::std::result::Result<ResponseResponse, super::Error<ResponseError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op147/");
        url.push_str(
            &super::runtime::path_param(
                "Response",
                &super::runtime::to_value("Response", &response_param)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.response2 {
            let v = super::runtime::to_value("Response", v)?;
            super::runtime::push_param(&mut query, "Response", &v, "form", true);
        }
        if let Some(v) = &params.response3 {
            let v = super::runtime::to_value("Response", v)?;
            headers.push(("Response", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.response4 {
            let v = super::runtime::to_value("Response", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Response", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[147usize]], &mut query, &mut headers, &mut cookies);
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
            .run_request_hooks("response", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Response", method = "GET", path =
            "/op147/{Response}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("response", status, &response_headers);
        match status {
            200 => {
                let headers = ResponseOkHeaders {
                    response: super::runtime::optional_header(
                        &response_headers,
                        "Response",
                        status,
                    )?,
                };
                Ok(ResponseResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        ResponseError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(ResponseError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ResponseError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op147/{Response}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn response_post(
        &self,
        response_param: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ResponsePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op147/");
        url.push_str(
            &super::runtime::path_param(
                "Response",
                &super::runtime::to_value("Response", &response_param)?,
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
            .run_request_hooks("response_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Response_post", method = "POST", path =
            "/op147/{Response}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("response_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ResponsePostError,
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
