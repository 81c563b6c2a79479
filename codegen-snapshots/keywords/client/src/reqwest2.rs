//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::reqwest`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReqwestParams {
    pub reqwest2: ::std::option::Option<::std::string::String>,
    pub reqwest3: ::std::option::Option<::std::string::String>,
    pub reqwest4: ::std::option::Option<::std::string::String>,
}
impl ReqwestParams {
    /// Sets `reqwest2`.
    #[must_use]
    pub fn reqwest2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reqwest2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `reqwest3`.
    #[must_use]
    pub fn reqwest3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reqwest3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `reqwest4`.
    #[must_use]
    pub fn reqwest4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reqwest4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::reqwest`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReqwestOkHeaders {
    pub reqwest: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::reqwest`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReqwestResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ReqwestOkHeaders },
}
/// Documented error responses of [`super::Client::reqwest`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReqwestError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::reqwest_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReqwestPostError {}
impl super::Client {
    /// */ operation reqwest "#
    ///
    /// `GET /op176/{reqwest}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn reqwest(
        &self,
        reqwest: &str,
        params: &ReqwestParams,
    ) -> ::std::result::Result<ReqwestResponse, super::Error<ReqwestError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op176/");
        url.push_str(
            &super::runtime::path_param(
                "reqwest",
                &super::runtime::to_value("reqwest", &reqwest)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.reqwest2 {
            let v = super::runtime::to_value("reqwest", v)?;
            super::runtime::push_param(&mut query, "reqwest", &v, "form", true);
        }
        if let Some(v) = &params.reqwest3 {
            let v = super::runtime::to_value("reqwest", v)?;
            headers.push(("reqwest", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.reqwest4 {
            let v = super::runtime::to_value("reqwest", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "reqwest", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[176usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("reqwest", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "reqwest", method = "GET", path =
            "/op176/{reqwest}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("reqwest", status, &response_headers);
        match status {
            200 => {
                let headers = ReqwestOkHeaders {
                    reqwest: super::runtime::optional_header(
                        &response_headers,
                        "reqwest",
                        status,
                    )?,
                };
                Ok(ReqwestResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        ReqwestError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(ReqwestError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ReqwestError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op176/{reqwest}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn reqwest_post(
        &self,
        reqwest: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ReqwestPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op176/");
        url.push_str(
            &super::runtime::path_param(
                "reqwest",
                &super::runtime::to_value("reqwest", &reqwest)?,
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
            .run_request_hooks("reqwest_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "reqwest_post", method = "POST", path =
            "/op176/{reqwest}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("reqwest_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ReqwestPostError,
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
