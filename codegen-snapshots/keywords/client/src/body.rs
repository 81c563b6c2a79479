//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::body`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BodyParams {
    pub body3: ::std::option::Option<::std::string::String>,
    pub body4: ::std::option::Option<::std::string::String>,
    pub body5: ::std::option::Option<::std::string::String>,
}
impl BodyParams {
    /// Sets `body3`.
    #[must_use]
    pub fn body3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.body3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `body4`.
    #[must_use]
    pub fn body4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.body4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `body5`.
    #[must_use]
    pub fn body5(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.body5 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::body`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BodyOkHeaders {
    pub body: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::body`].
#[derive(Debug, Clone, PartialEq)]
pub enum BodyResponse {
    /// ok
    Ok { body: super::types::Everything, headers: BodyOkHeaders },
}
/// Documented error responses of [`super::Client::body`].
#[derive(Debug, Clone, PartialEq)]
pub enum BodyError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::body_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum BodyPostError {}
impl super::Client {
    /// */ operation Body "#
    ///
    /// `GET /op150/{Body}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn body(
        &self,
        body2: &str,
        params: &BodyParams,
    ) -> ::std::result::Result<BodyResponse, super::Error<BodyError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op150/");
        url.push_str(
            &super::runtime::path_param(
                "Body",
                &super::runtime::to_value("Body", &body2)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.body3 {
            let v = super::runtime::to_value("Body", v)?;
            super::runtime::push_param(&mut query, "Body", &v, "form", true);
        }
        if let Some(v) = &params.body4 {
            let v = super::runtime::to_value("Body", v)?;
            headers.push(("Body", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.body5 {
            let v = super::runtime::to_value("Body", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Body", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[150usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("body", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Body", method = "GET", path =
            "/op150/{Body}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("body", status, &response_headers);
        match status {
            200 => {
                let headers = BodyOkHeaders {
                    body: super::runtime::optional_header(
                        &response_headers,
                        "Body",
                        status,
                    )?,
                };
                Ok(BodyResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        BodyError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(BodyError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            BodyError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op150/{Body}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn body_post(
        &self,
        body2: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<BodyPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op150/");
        url.push_str(
            &super::runtime::path_param(
                "Body",
                &super::runtime::to_value("Body", &body2)?,
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
            .run_request_hooks("body_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Body_post", method = "POST", path =
            "/op150/{Body}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("body_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        BodyPostError,
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
