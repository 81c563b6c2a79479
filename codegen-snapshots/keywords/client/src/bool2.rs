//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::bool`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BoolParams {
    pub bool2: ::std::option::Option<::std::string::String>,
    pub bool3: ::std::option::Option<::std::string::String>,
    pub bool4: ::std::option::Option<::std::string::String>,
}
impl BoolParams {
    /// Sets `bool2`.
    #[must_use]
    pub fn bool2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bool2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bool3`.
    #[must_use]
    pub fn bool3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bool3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bool4`.
    #[must_use]
    pub fn bool4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bool4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::bool`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BoolOkHeaders {
    pub bool: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::bool`].
#[derive(Debug, Clone, PartialEq)]
pub enum BoolResponse {
    /// ok
    Ok { body: super::types::Everything, headers: BoolOkHeaders },
}
/// Documented error responses of [`super::Client::bool`].
#[derive(Debug, Clone, PartialEq)]
pub enum BoolError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::bool_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum BoolPostError {}
impl super::Client {
    /// */ operation bool "#
    ///
    /// `GET /op85/{bool}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn bool(
        &self,
        bool: &str,
        params: &BoolParams,
    ) -> ::std::result::Result<BoolResponse, super::Error<BoolError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op85/");
        url.push_str(
            &super::runtime::path_param(
                "bool",
                &super::runtime::to_value("bool", &bool)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.bool2 {
            let v = super::runtime::to_value("bool", v)?;
            super::runtime::push_param(&mut query, "bool", &v, "form", true);
        }
        if let Some(v) = &params.bool3 {
            let v = super::runtime::to_value("bool", v)?;
            headers.push(("bool", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.bool4 {
            let v = super::runtime::to_value("bool", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "bool", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[85usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("bool", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "bool", method = "GET", path =
            "/op85/{bool}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("bool", status, &response_headers);
        match status {
            200 => {
                let headers = BoolOkHeaders {
                    bool: super::runtime::optional_header(
                        &response_headers,
                        "bool",
                        status,
                    )?,
                };
                Ok(BoolResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        BoolError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(BoolError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            BoolError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op85/{bool}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn bool_post(
        &self,
        bool: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<BoolPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op85/");
        url.push_str(
            &super::runtime::path_param(
                "bool",
                &super::runtime::to_value("bool", &bool)?,
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
            .run_request_hooks("bool_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "bool_post", method = "POST", path =
            "/op85/{bool}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("bool_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        BoolPostError,
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
