//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::resp`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RespParams {
    pub resp3: ::std::option::Option<::std::string::String>,
    pub resp4: ::std::option::Option<::std::string::String>,
    pub resp5: ::std::option::Option<::std::string::String>,
}
impl RespParams {
    /// Sets `resp3`.
    #[must_use]
    pub fn resp3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resp3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `resp4`.
    #[must_use]
    pub fn resp4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resp4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `resp5`.
    #[must_use]
    pub fn resp5(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resp5 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::resp`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RespOkHeaders {
    pub resp: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::resp`].
#[derive(Debug, Clone, PartialEq)]
pub enum RespResponse {
    /// ok
    Ok { body: super::types::Everything, headers: RespOkHeaders },
}
/// Documented error responses of [`super::Client::resp`].
#[derive(Debug, Clone, PartialEq)]
pub enum RespError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::resp_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum RespPostError {}
impl super::Client {
    /// */ operation resp "#
    ///
    /// `GET /op189/{resp}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn resp(
        &self,
        resp2: &str,
        params: &RespParams,
    ) -> ::std::result::Result<RespResponse, super::Error<RespError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op189/");
        url.push_str(
            &super::runtime::path_param(
                "resp",
                &super::runtime::to_value("resp", &resp2)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.resp3 {
            let v = super::runtime::to_value("resp", v)?;
            super::runtime::push_param(&mut query, "resp", &v, "form", true);
        }
        if let Some(v) = &params.resp4 {
            let v = super::runtime::to_value("resp", v)?;
            headers.push(("resp", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.resp5 {
            let v = super::runtime::to_value("resp", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "resp", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[189usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("resp", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "resp", method = "GET", path =
            "/op189/{resp}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("resp", status, &response_headers);
        match status {
            200 => {
                let headers = RespOkHeaders {
                    resp: super::runtime::optional_header(
                        &response_headers,
                        "resp",
                        status,
                    )?,
                };
                Ok(RespResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        RespError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(RespError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            RespError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op189/{resp}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn resp_post(
        &self,
        resp2: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<RespPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op189/");
        url.push_str(
            &super::runtime::path_param(
                "resp",
                &super::runtime::to_value("resp", &resp2)?,
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
            .run_request_hooks("resp_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "resp_post", method = "POST", path =
            "/op189/{resp}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("resp_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        RespPostError,
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
