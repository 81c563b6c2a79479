//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::enum`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnumParams {
    pub enum2: ::std::option::Option<::std::string::String>,
    pub enum3: ::std::option::Option<::std::string::String>,
    pub enum4: ::std::option::Option<::std::string::String>,
}
impl EnumParams {
    /// Sets `enum2`.
    #[must_use]
    pub fn enum2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enum2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `enum3`.
    #[must_use]
    pub fn enum3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enum3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `enum4`.
    #[must_use]
    pub fn enum4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enum4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::enum`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnumOkHeaders {
    pub r#enum: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::enum`].
#[derive(Debug, Clone, PartialEq)]
pub enum EnumResponse {
    /// ok
    Ok { body: super::types::Everything, headers: EnumOkHeaders },
}
/// Documented error responses of [`super::Client::enum`].
#[derive(Debug, Clone, PartialEq)]
pub enum EnumError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::enum_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum EnumPostError {}
impl super::Client {
    /// */ operation enum "#
    ///
    /// `GET /op6/{enum}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#enum(
        &self,
        r#enum: &str,
        params: &EnumParams,
    ) -> ::std::result::Result<EnumResponse, super::Error<EnumError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op6/");
        url.push_str(
            &super::runtime::path_param(
                "enum",
                &super::runtime::to_value("enum", &r#enum)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.enum2 {
            let v = super::runtime::to_value("enum", v)?;
            super::runtime::push_param(&mut query, "enum", &v, "form", true);
        }
        if let Some(v) = &params.enum3 {
            let v = super::runtime::to_value("enum", v)?;
            headers.push(("enum", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.enum4 {
            let v = super::runtime::to_value("enum", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "enum", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[6usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("enum", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "enum", method = "GET", path =
            "/op6/{enum}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("enum", status, &response_headers);
        match status {
            200 => {
                let headers = EnumOkHeaders {
                    r#enum: super::runtime::optional_header(
                        &response_headers,
                        "enum",
                        status,
                    )?,
                };
                Ok(EnumResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        EnumError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(EnumError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            EnumError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op6/{enum}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn enum_post(
        &self,
        r#enum: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<EnumPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op6/");
        url.push_str(
            &super::runtime::path_param(
                "enum",
                &super::runtime::to_value("enum", &r#enum)?,
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
            .run_request_hooks("enum_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "enum_post", method = "POST", path =
            "/op6/{enum}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("enum_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        EnumPostError,
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
