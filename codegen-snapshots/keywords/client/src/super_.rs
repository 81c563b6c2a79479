//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::super_`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SuperParams {
    pub super_2: ::std::option::Option<::std::string::String>,
    pub super_3: ::std::option::Option<::std::string::String>,
    pub super_4: ::std::option::Option<::std::string::String>,
}
impl SuperParams {
    /// Sets `super_2`.
    #[must_use]
    pub fn super_2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.super_2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `super_3`.
    #[must_use]
    pub fn super_3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.super_3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `super_4`.
    #[must_use]
    pub fn super_4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.super_4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::super_`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SuperOkHeaders {
    pub super_: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::super_`].
#[derive(Debug, Clone, PartialEq)]
pub enum SuperResponse {
    /// ok
    Ok { body: super::types::Everything, headers: SuperOkHeaders },
}
/// Documented error responses of [`super::Client::super_`].
#[derive(Debug, Clone, PartialEq)]
pub enum SuperError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::super_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum SuperPostError {}
impl super::Client {
    /// */ operation super "#
    ///
    /// `GET /op27/{super}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn super_(
        &self,
        super_: &str,
        params: &SuperParams,
    ) -> ::std::result::Result<SuperResponse, super::Error<SuperError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op27/");
        url.push_str(
            &super::runtime::path_param(
                "super",
                &super::runtime::to_value("super", &super_)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.super_2 {
            let v = super::runtime::to_value("super", v)?;
            super::runtime::push_param(&mut query, "super", &v, "form", true);
        }
        if let Some(v) = &params.super_3 {
            let v = super::runtime::to_value("super", v)?;
            headers.push(("super", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.super_4 {
            let v = super::runtime::to_value("super", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "super", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[27usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("super_", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "super", method = "GET", path =
            "/op27/{super}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("super_", status, &response_headers);
        match status {
            200 => {
                let headers = SuperOkHeaders {
                    super_: super::runtime::optional_header(
                        &response_headers,
                        "super",
                        status,
                    )?,
                };
                Ok(SuperResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        SuperError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(SuperError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            SuperError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op27/{super}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn super_post(
        &self,
        super_: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<SuperPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op27/");
        url.push_str(
            &super::runtime::path_param(
                "super",
                &super::runtime::to_value("super", &super_)?,
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
            .run_request_hooks("super_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "super_post", method = "POST", path =
            "/op27/{super}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("super_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        SuperPostError,
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
