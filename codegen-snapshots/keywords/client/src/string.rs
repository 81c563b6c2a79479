//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::string`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StringParams {
    pub string2: ::std::option::Option<::std::string::String>,
    pub string3: ::std::option::Option<::std::string::String>,
    pub string4: ::std::option::Option<::std::string::String>,
}
impl StringParams {
    /// Sets `string2`.
    #[must_use]
    pub fn string2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.string2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `string3`.
    #[must_use]
    pub fn string3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.string3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `string4`.
    #[must_use]
    pub fn string4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.string4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::string`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StringOkHeaders {
    pub string: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::string`].
#[derive(Debug, Clone, PartialEq)]
pub enum StringResponse {
    /// ok
    Ok { body: super::types::Everything, headers: StringOkHeaders },
}
/// Documented error responses of [`super::Client::string`].
#[derive(Debug, Clone, PartialEq)]
pub enum StringError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::string_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum StringPostError {}
impl super::Client {
    /// */ operation String "#
    ///
    /// `GET /op108/{String}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn string(
        &self,
        string: &str,
        params: &StringParams,
    ) -> ::std::result::Result<StringResponse, super::Error<StringError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op108/");
        url.push_str(
            &super::runtime::path_param(
                "String",
                &super::runtime::to_value("String", &string)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.string2 {
            let v = super::runtime::to_value("String", v)?;
            super::runtime::push_param(&mut query, "String", &v, "form", true);
        }
        if let Some(v) = &params.string3 {
            let v = super::runtime::to_value("String", v)?;
            headers.push(("String", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.string4 {
            let v = super::runtime::to_value("String", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "String", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[108usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("string", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "String", method = "GET", path =
            "/op108/{String}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("string", status, &response_headers);
        match status {
            200 => {
                let headers = StringOkHeaders {
                    string: super::runtime::optional_header(
                        &response_headers,
                        "String",
                        status,
                    )?,
                };
                Ok(StringResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        StringError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(StringError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            StringError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op108/{String}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn string_post(
        &self,
        string: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<StringPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op108/");
        url.push_str(
            &super::runtime::path_param(
                "String",
                &super::runtime::to_value("String", &string)?,
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
            .run_request_hooks("string_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "String_post", method = "POST", path =
            "/op108/{String}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("string_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        StringPostError,
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
