//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::value8`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Value8Params {
    pub value2: ::std::option::Option<::std::string::String>,
    pub value3: ::std::option::Option<::std::string::String>,
    pub value4: ::std::option::Option<::std::string::String>,
}
impl Value8Params {
    /// Sets `value2`.
    #[must_use]
    pub fn value2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `value3`.
    #[must_use]
    pub fn value3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `value4`.
    #[must_use]
    pub fn value4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::value8`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Value8OkHeaders {
    pub value: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::value8`].
#[derive(Debug, Clone, PartialEq)]
pub enum Value8Response {
    /// ok
    Ok { body: super::types::Everything, headers: Value8OkHeaders },
}
/// Documented error responses of [`super::Client::value8`].
#[derive(Debug, Clone, PartialEq)]
pub enum Value8Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::post8`].
#[derive(Debug, Clone, PartialEq)]
pub enum Post8Error {}
impl super::Client {
    /// */ operation + "#
    ///
    /// `GET /op71/{+}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn value8(
        &self,
        value: &str,
        params: &Value8Params,
    ) -> ::std::result::Result<Value8Response, super::Error<Value8Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op71/");
        url.push_str(
            &super::runtime::path_param(
                "+",
                &super::runtime::to_value("+", &value)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.value2 {
            let v = super::runtime::to_value("+", v)?;
            super::runtime::push_param(&mut query, "+", &v, "form", true);
        }
        if let Some(v) = &params.value3 {
            let v = super::runtime::to_value("+", v)?;
            headers.push(("+", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.value4 {
            let v = super::runtime::to_value("+", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "+", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[71usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("value8", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "+", method = "GET", path = "/op71/{+}",
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
        self.run_response_hooks("value8", status, &response_headers);
        match status {
            200 => {
                let headers = Value8OkHeaders {
                    value: super::runtime::optional_header(
                        &response_headers,
                        "+",
                        status,
                    )?,
                };
                Ok(Value8Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        Value8Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(Value8Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            Value8Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op71/{+}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn post8(
        &self,
        value: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<Post8Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op71/");
        url.push_str(
            &super::runtime::path_param(
                "+",
                &super::runtime::to_value("+", &value)?,
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
        let req = self.run_request_hooks("post8", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "+_post", method = "POST", path =
            "/op71/{+}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("post8", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        Post8Error,
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
