//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::final`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FinalParams {
    pub final2: ::std::option::Option<::std::string::String>,
    pub final3: ::std::option::Option<::std::string::String>,
    pub final4: ::std::option::Option<::std::string::String>,
}
impl FinalParams {
    /// Sets `final2`.
    #[must_use]
    pub fn final2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.final2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `final3`.
    #[must_use]
    pub fn final3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.final3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `final4`.
    #[must_use]
    pub fn final4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.final4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::final`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FinalOkHeaders {
    pub r#final: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::final`].
#[derive(Debug, Clone, PartialEq)]
pub enum FinalResponse {
    /// ok
    Ok { body: super::types::Everything, headers: FinalOkHeaders },
}
/// Documented error responses of [`super::Client::final`].
#[derive(Debug, Clone, PartialEq)]
pub enum FinalError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::final_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum FinalPostError {}
impl super::Client {
    /// */ operation final "#
    ///
    /// `GET /op42/{final}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#final(
        &self,
        r#final: &str,
        params: &FinalParams,
    ) -> ::std::result::Result<FinalResponse, super::Error<FinalError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op42/");
        url.push_str(
            &super::runtime::path_param(
                "final",
                &super::runtime::to_value("final", &r#final)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.final2 {
            let v = super::runtime::to_value("final", v)?;
            super::runtime::push_param(&mut query, "final", &v, "form", true);
        }
        if let Some(v) = &params.final3 {
            let v = super::runtime::to_value("final", v)?;
            headers.push(("final", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.final4 {
            let v = super::runtime::to_value("final", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "final", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[42usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("final", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "final", method = "GET", path =
            "/op42/{final}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("final", status, &response_headers);
        match status {
            200 => {
                let headers = FinalOkHeaders {
                    r#final: super::runtime::optional_header(
                        &response_headers,
                        "final",
                        status,
                    )?,
                };
                Ok(FinalResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        FinalError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(FinalError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            FinalError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op42/{final}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn final_post(
        &self,
        r#final: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<FinalPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op42/");
        url.push_str(
            &super::runtime::path_param(
                "final",
                &super::runtime::to_value("final", &r#final)?,
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
            .run_request_hooks("final_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "final_post", method = "POST", path =
            "/op42/{final}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("final_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        FinalPostError,
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
