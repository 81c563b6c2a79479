//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::static`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StaticParams {
    pub static2: ::std::option::Option<::std::string::String>,
    pub static3: ::std::option::Option<::std::string::String>,
    pub static4: ::std::option::Option<::std::string::String>,
}
impl StaticParams {
    /// Sets `static2`.
    #[must_use]
    pub fn static2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.static2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `static3`.
    #[must_use]
    pub fn static3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.static3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `static4`.
    #[must_use]
    pub fn static4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.static4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::static`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StaticOkHeaders {
    pub r#static: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::static`].
#[derive(Debug, Clone, PartialEq)]
pub enum StaticResponse {
    /// ok
    Ok { body: super::types::Everything, headers: StaticOkHeaders },
}
/// Documented error responses of [`super::Client::static`].
#[derive(Debug, Clone, PartialEq)]
pub enum StaticError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::static_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum StaticPostError {}
impl super::Client {
    /// */ operation static "#
    ///
    /// `GET /op25/{static}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#static(
        &self,
        r#static: &str,
        params: &StaticParams,
    ) -> ::std::result::Result<StaticResponse, super::Error<StaticError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op25/");
        url.push_str(
            &super::runtime::path_param(
                "static",
                &super::runtime::to_value("static", &r#static)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.static2 {
            let v = super::runtime::to_value("static", v)?;
            super::runtime::push_param(&mut query, "static", &v, "form", true);
        }
        if let Some(v) = &params.static3 {
            let v = super::runtime::to_value("static", v)?;
            headers.push(("static", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.static4 {
            let v = super::runtime::to_value("static", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "static", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[25usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("static", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "static", method = "GET", path =
            "/op25/{static}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("static", status, &response_headers);
        match status {
            200 => {
                let headers = StaticOkHeaders {
                    r#static: super::runtime::optional_header(
                        &response_headers,
                        "static",
                        status,
                    )?,
                };
                Ok(StaticResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        StaticError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(StaticError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            StaticError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op25/{static}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn static_post(
        &self,
        r#static: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<StaticPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op25/");
        url.push_str(
            &super::runtime::path_param(
                "static",
                &super::runtime::to_value("static", &r#static)?,
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
            .run_request_hooks("static_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "static_post", method = "POST", path =
            "/op25/{static}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("static_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        StaticPostError,
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
