//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::r_self`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RSelfParams {
    pub r_self2: ::std::option::Option<::std::string::String>,
    pub r_self3: ::std::option::Option<::std::string::String>,
    pub r_self4: ::std::option::Option<::std::string::String>,
}
impl RSelfParams {
    /// Sets `r_self2`.
    #[must_use]
    pub fn r_self2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r_self2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `r_self3`.
    #[must_use]
    pub fn r_self3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r_self3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `r_self4`.
    #[must_use]
    pub fn r_self4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r_self4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::r_self`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RSelfOkHeaders {
    pub r_self: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::r_self`].
#[derive(Debug, Clone, PartialEq)]
pub enum RSelfResponse {
    /// ok
    Ok { body: super::types::Everything, headers: RSelfOkHeaders },
}
/// Documented error responses of [`super::Client::r_self`].
#[derive(Debug, Clone, PartialEq)]
pub enum RSelfError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::r_self_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum RSelfPostError {}
impl super::Client {
    /// */ operation r#self "#
    ///
    /// `GET /op62/{r#self}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r_self(
        &self,
        r_self: &str,
        params: &RSelfParams,
    ) -> ::std::result::Result<RSelfResponse, super::Error<RSelfError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op62/");
        url.push_str(
            &super::runtime::path_param(
                "r#self",
                &super::runtime::to_value("r#self", &r_self)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.r_self2 {
            let v = super::runtime::to_value("r#self", v)?;
            super::runtime::push_param(&mut query, "r#self", &v, "form", true);
        }
        if let Some(v) = &params.r_self3 {
            let v = super::runtime::to_value("r#self", v)?;
            headers.push(("r#self", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.r_self4 {
            let v = super::runtime::to_value("r#self", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "r#self", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[62usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("r_self", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "r#self", method = "GET", path =
            "/op62/{r#self}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("r_self", status, &response_headers);
        match status {
            200 => {
                let headers = RSelfOkHeaders {
                    r_self: super::runtime::optional_header(
                        &response_headers,
                        "r#self",
                        status,
                    )?,
                };
                Ok(RSelfResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        RSelfError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(RSelfError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            RSelfError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op62/{r#self}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r_self_post(
        &self,
        r_self: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<RSelfPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op62/");
        url.push_str(
            &super::runtime::path_param(
                "r#self",
                &super::runtime::to_value("r#self", &r_self)?,
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
            .run_request_hooks("r_self_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "r#self_post", method = "POST", path =
            "/op62/{r#self}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("r_self_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        RSelfPostError,
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
