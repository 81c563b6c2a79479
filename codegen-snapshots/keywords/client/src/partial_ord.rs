//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::partial_ord`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartialOrdParams {
    pub partial_ord2: ::std::option::Option<::std::string::String>,
    pub partial_ord3: ::std::option::Option<::std::string::String>,
    pub partial_ord4: ::std::option::Option<::std::string::String>,
}
impl PartialOrdParams {
    /// Sets `partial_ord2`.
    #[must_use]
    pub fn partial_ord2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partial_ord2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `partial_ord3`.
    #[must_use]
    pub fn partial_ord3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partial_ord3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `partial_ord4`.
    #[must_use]
    pub fn partial_ord4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partial_ord4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::partial_ord`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartialOrdOkHeaders {
    pub partial_ord: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::partial_ord`].
#[derive(Debug, Clone, PartialEq)]
pub enum PartialOrdResponse {
    /// ok
    Ok { body: super::types::Everything, headers: PartialOrdOkHeaders },
}
/// Documented error responses of [`super::Client::partial_ord`].
#[derive(Debug, Clone, PartialEq)]
pub enum PartialOrdError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::partial_ord_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum PartialOrdPostError {}
impl super::Client {
    /// */ operation PartialOrd "#
    ///
    /// `GET /op130/{PartialOrd}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn partial_ord(
        &self,
        partial_ord: &str,
        params: &PartialOrdParams,
    ) -> ::std::result::Result<PartialOrdResponse, super::Error<PartialOrdError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op130/");
        url.push_str(
            &super::runtime::path_param(
                "PartialOrd",
                &super::runtime::to_value("PartialOrd", &partial_ord)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.partial_ord2 {
            let v = super::runtime::to_value("PartialOrd", v)?;
            super::runtime::push_param(&mut query, "PartialOrd", &v, "form", true);
        }
        if let Some(v) = &params.partial_ord3 {
            let v = super::runtime::to_value("PartialOrd", v)?;
            headers.push(("PartialOrd", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.partial_ord4 {
            let v = super::runtime::to_value("PartialOrd", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "PartialOrd", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[130usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self
            .run_request_hooks("partial_ord", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "PartialOrd", method = "GET", path =
            "/op130/{PartialOrd}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("partial_ord", status, &response_headers);
        match status {
            200 => {
                let headers = PartialOrdOkHeaders {
                    partial_ord: super::runtime::optional_header(
                        &response_headers,
                        "PartialOrd",
                        status,
                    )?,
                };
                Ok(PartialOrdResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        PartialOrdError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(PartialOrdError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            PartialOrdError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op130/{PartialOrd}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn partial_ord_post(
        &self,
        partial_ord: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<
        super::types::Untagged,
        super::Error<PartialOrdPostError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op130/");
        url.push_str(
            &super::runtime::path_param(
                "PartialOrd",
                &super::runtime::to_value("PartialOrd", &partial_ord)?,
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
            .run_request_hooks("partial_ord_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "PartialOrd_post", method = "POST", path =
            "/op130/{PartialOrd}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("partial_ord_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        PartialOrdPostError,
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
