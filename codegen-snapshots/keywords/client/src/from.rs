//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::from`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FromParams {
    pub from2: ::std::option::Option<::std::string::String>,
    pub from3: ::std::option::Option<::std::string::String>,
    pub from4: ::std::option::Option<::std::string::String>,
}
impl FromParams {
    /// Sets `from2`.
    #[must_use]
    pub fn from2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.from2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `from3`.
    #[must_use]
    pub fn from3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.from3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `from4`.
    #[must_use]
    pub fn from4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.from4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::from`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FromOkHeaders {
    pub from: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::from`].
#[derive(Debug, Clone, PartialEq)]
pub enum FromResponse {
    /// ok
    Ok { body: super::types::Everything, headers: FromOkHeaders },
}
/// Documented error responses of [`super::Client::from`].
#[derive(Debug, Clone, PartialEq)]
pub enum FromError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::from_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum FromPostError {}
impl super::Client {
    /// */ operation From "#
    ///
    /// `GET /op121/{From}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn from(
        &self,
        from: &str,
        params: &FromParams,
    ) -> ::std::result::Result<FromResponse, super::Error<FromError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op121/");
        url.push_str(
            &super::runtime::path_param(
                "From",
                &super::runtime::to_value("From", &from)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.from2 {
            let v = super::runtime::to_value("From", v)?;
            super::runtime::push_param(&mut query, "From", &v, "form", true);
        }
        if let Some(v) = &params.from3 {
            let v = super::runtime::to_value("From", v)?;
            headers.push(("From", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.from4 {
            let v = super::runtime::to_value("From", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "From", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[121usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("from", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "From", method = "GET", path =
            "/op121/{From}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("from", status, &response_headers);
        match status {
            200 => {
                let headers = FromOkHeaders {
                    from: super::runtime::optional_header(
                        &response_headers,
                        "From",
                        status,
                    )?,
                };
                Ok(FromResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        FromError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(FromError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            FromError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op121/{From}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn from_post(
        &self,
        from: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<FromPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op121/");
        url.push_str(
            &super::runtime::path_param(
                "From",
                &super::runtime::to_value("From", &from)?,
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
            .run_request_hooks("from_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "From_post", method = "POST", path =
            "/op121/{From}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("from_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        FromPostError,
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
