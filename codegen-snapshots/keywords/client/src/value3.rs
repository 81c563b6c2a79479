//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::value3`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Value3Params {
    pub value: ::std::option::Option<::std::string::String>,
    pub x: ::std::option::Option<::std::string::String>,
    pub value2: ::std::option::Option<::std::string::String>,
}
impl Value3Params {
    /// Sets `value`.
    #[must_use]
    pub fn value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `x`.
    #[must_use]
    pub fn x(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.x = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `value2`.
    #[must_use]
    pub fn value2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value2 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::value3`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Value3OkHeaders {
    pub x_empty: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::value3`].
#[derive(Debug, Clone, PartialEq)]
pub enum Value3Response {
    /// ok
    Ok { body: super::types::Everything, headers: Value3OkHeaders },
}
/// Documented error responses of [`super::Client::value3`].
#[derive(Debug, Clone, PartialEq)]
pub enum Value3Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::post3`].
#[derive(Debug, Clone, PartialEq)]
pub enum Post3Error {}
impl super::Client {
    /// */ operation  "#
    ///
    /// `GET /op63/{blank}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn value3(
        &self,
        blank: &str,
        params: &Value3Params,
    ) -> ::std::result::Result<Value3Response, super::Error<Value3Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op63/");
        url.push_str(
            &super::runtime::path_param(
                "blank",
                &super::runtime::to_value("blank", &blank)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.value {
            let v = super::runtime::to_value("", v)?;
            super::runtime::push_param(&mut query, "", &v, "form", true);
        }
        if let Some(v) = &params.x {
            let v = super::runtime::to_value("x", v)?;
            headers.push(("x", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.value2 {
            let v = super::runtime::to_value("", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "", super::runtime::encode(& super::runtime::simple(& v,
                        true))
                    ),
                );
        }
        self.authorize(&[&[63usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("value3", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "", method = "GET", path = "/op63/{blank}",
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
        self.run_response_hooks("value3", status, &response_headers);
        match status {
            200 => {
                let headers = Value3OkHeaders {
                    x_empty: super::runtime::optional_header(
                        &response_headers,
                        "x-empty",
                        status,
                    )?,
                };
                Ok(Value3Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        Value3Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(Value3Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            Value3Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op63/{blank}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn post3(
        &self,
        blank: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<Post3Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op63/");
        url.push_str(
            &super::runtime::path_param(
                "blank",
                &super::runtime::to_value("blank", &blank)?,
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
        let req = self.run_request_hooks("post3", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "post", method = "POST", path =
            "/op63/{blank}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("post3", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        Post3Error,
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
